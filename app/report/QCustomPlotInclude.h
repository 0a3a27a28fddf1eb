// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

// Include <qcustomplot.h> through this header. QCustomPlot 2.1 uses the `foreach` keyword in two templates of its
// header (plottableAt, itemAt); the project builds with QT_NO_FOREACH, which removes the keyword. It is provided as
// a range-for for the header only, then removed again.
// clang-format off
#include <utility>
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define ES_QCUSTOMPLOT_FOREACH
#define foreach(declaration, container) for (declaration : std::as_const(container))
#endif
#include <qcustomplot.h>
#ifdef ES_QCUSTOMPLOT_FOREACH
#undef foreach
#undef ES_QCUSTOMPLOT_FOREACH
#endif
// clang-format on
