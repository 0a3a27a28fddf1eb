// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "QCustomPlotInclude.h"

#include <QColor>

#include <vector>

namespace es {

/// Shades job spans behind the curves of one QCustomPlot axis rect: one full-height band per span, in the band's
/// colour (its alpha included), with a stronger line at the job's start. Keys are UTC epoch seconds on the rect's
/// bottom axis.
///
/// Ownership: the plot owns the layerable (created with it as parent). GUI thread only.
class NodeSpanLayer final : public QCPLayerable
{
    Q_OBJECT
public:
    struct Band
    {
        double startTs = 0;
        double endTs = 0;
        QColor colour;
    };

    /// Draws on the plot's layer "spans", created below "grid" when missing.
    explicit NodeSpanLayer(QCustomPlot *plot);

    void setBands(std::vector<Band> bands);
    const std::vector<Band> &bands() const { return m_bands; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    std::vector<Band> m_bands;
};

} // namespace es
