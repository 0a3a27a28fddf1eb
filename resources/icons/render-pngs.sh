#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# Renders the PNG application icons (hicolor 48, 64, 128, 256) from the SVG, with rsvg-convert (Debian package
# librsvg2-bin). Run after changing the SVG and commit the PNGs: the build does not need rsvg-convert.
set -eu
cd "$(dirname "$0")"
id=io.github.energystudio.EnergyStudio
for size in 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/$id.png" "$id.svg"
done
