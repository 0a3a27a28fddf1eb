#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
# The package as a user gets it: builds the .deb of BUILD_DIR with CPack, installs it with apt into a clean
# debootstrap'd Debian 12 (minbase, from the machine's own Debian mirror), and runs there energy-studio-cli
# --version, an import of a real SWF trace, stats, and the GUI offscreen until it has saved a picture of its jobs.
#   test-deb-in-chroot.sh BUILD_DIR SWF_FILE
# Needs root (chroot, mount) and debootstrap; exits 77 (skipped) without them. The bootstrapped base is kept in
# BUILD_DIR/chroot-base and copied for each run; the copy is removed at the end.
set -eu
build=$(cd "$1" && pwd)
swf=$2
if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
    echo "skipped: needs root and debootstrap (apt-get install debootstrap)"
    exit 77
fi
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
base=$build/chroot-base
root=$build/chroot-run

(cd "$build" && cpack -G DEB -B "$build/package-test" >/dev/null)
deb=$(ls "$build"/package-test/energy-studio_*_amd64.deb | head -n 1)
echo "package: $deb"
# lintian clean but for the maintainer's address, which is whoever builds the package (installers/CMakeLists.txt).
if command -v lintian >/dev/null; then
    lintian --fail-on error,warning --suppress-tags bogus-mail-host,bogus-mail-host-in-debian-changelog "$deb"
fi

if [ ! -x "$base/bin/sh" ]; then
    rm -rf "$base.partial"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror" >"$build/debootstrap.log" 2>&1 ||
        { tail -n 20 "$build/debootstrap.log"; exit 1; }
    mv "$base.partial" "$base"
fi

cleanup() {
    umount "$root/dev" 2>/dev/null || true
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
cleanup
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/energy-studio.deb"
cp "$swf" "$root/tmp/trace.swf"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -q >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/energy-studio.deb \
    >"$build/chroot-apt.log" 2>&1 || { tail -n 30 "$build/chroot-apt.log"; exit 1; }
echo "installed: $(in_root dpkg-query -W -f '${Package} ${Version}' energy-studio)"
in_root energy-studio-cli --version
in_root energy-studio --version
in_root energy-studio-cli --db /tmp/store.sqlite import swf /tmp/trace.swf
in_root energy-studio-cli --db /tmp/store.sqlite stats | grep -E '^ *jobs +[1-9]'
in_root env QT_QPA_PLATFORM=offscreen energy-studio --db /tmp/store.sqlite --tab jobs --screenshot /tmp/jobs.png
test -s "$root/tmp/jobs.png"
for file in /usr/share/doc/energy-studio/copyright /usr/share/doc/energy-studio/changelog.gz \
    /usr/share/man/man1/energy-studio-cli.1.gz /usr/share/applications/io.github.energystudio.EnergyStudio.desktop \
    /usr/share/energy-studio/sample/C6EnPLS_jobs_info.csv; do
    test -s "$root$file" || { echo "missing in the package: $file"; exit 1; }
done
echo "ok: the package installs on a clean Debian 12, imports, and its GUI draws its jobs offscreen"
