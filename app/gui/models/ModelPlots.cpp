// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelPlots.h"

#include "PlotExporter.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

constexpr int kHistoryMinutes = 180; ///< history shown before the forecast

QCPTextElement *emptyText(QCustomPlot *plot)
{
    return plot->findChild<QCPTextElement *>(QStringLiteral("emptyText"));
}

} // namespace

ModelPlots::ModelPlots(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_scatter(newPlot(QStringLiteral("predictedVsActualPlot"))),
      m_residuals(newPlot(QStringLiteral("residualsPlot"))), m_importance(newPlot(QStringLiteral("importancePlot"))),
      m_forecast(newPlot(QStringLiteral("forecastPlot"))), m_export(new QPushButton(tr("Export Plot…"), this)),
      m_exportForecast(new QPushButton(tr("Export Plot…"), this))
{
    m_tabs->setObjectName(QStringLiteral("modelPlotTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scatter, tr("Predicted vs actual"));
    m_tabs->addTab(m_residuals, tr("Residuals"));
    m_tabs->addTab(m_importance, tr("Feature importance"));
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);
    m_export->setObjectName(QStringLiteral("exportPlotButton"));
    m_export->setToolTip(tr("Save the plot shown as PNG, SVG or PDF"));
    connect(m_export, &QPushButton::clicked, this, &ModelPlots::exportEvaluationPlot);

    auto *forecastTabs = new QTabWidget(this);
    forecastTabs->setDocumentMode(true);
    forecastTabs->addTab(m_forecast, tr("Load forecast"));
    forecastTabs->setCornerWidget(m_exportForecast, Qt::TopRightCorner);
    m_exportForecast->setObjectName(QStringLiteral("exportForecastButton"));
    m_exportForecast->setToolTip(tr("Save the forecast plot as PNG, SVG or PDF"));
    connect(m_exportForecast, &QPushButton::clicked, this, [this] {
        PlotExporter::exportInteractively(m_forecast, QStringLiteral("load-forecast"), caption(Kind::Forecast), this);
    });
    // The forecast's legend in a strip between the title and the axis rect, so that it never hides a curve.
    m_forecast->axisRect()->insetLayout()->take(m_forecast->legend);
    m_forecast->plotLayout()->insertRow(1);
    m_forecast->plotLayout()->addElement(1, 0, m_forecast->legend);
    m_forecast->plotLayout()->setRowStretchFactor(1, 0.001);
    m_forecast->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_forecast->legend->setWrap(2);
    m_forecast->legend->setBrush(Qt::NoBrush);
    m_forecast->legend->setBorderPen(Qt::NoPen);
    m_forecast->legend->setTextColor(palette().color(QPalette::WindowText));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(forecastTabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clearEvaluation();
    clearForecast();
}

QCustomPlot *ModelPlots::newPlot(const QString &objectName)
{
    auto *plot = new QCustomPlot(this);
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 220);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    auto *text = new QCPTextElement(plot, QString());
    text->setObjectName(QStringLiteral("emptyText"));
    plot->plotLayout()->addElement(0, 0, text);
    PlotPalette::apply(plot, palette());
    text->setTextColor(palette().color(QPalette::WindowText));
    return plot;
}

void ModelPlots::setEmptyText(QCustomPlot *plot, const QString &text)
{
    if (QCPTextElement *element = emptyText(plot))
        element->setText(text);
}

QCustomPlot *ModelPlots::plot(Kind kind) const
{
    switch (kind) {
    case Kind::PredictedVsActual:
        return m_scatter;
    case Kind::Residuals:
        return m_residuals;
    case Kind::Importance:
        return m_importance;
    case Kind::Forecast:
        return m_forecast;
    }
    return m_scatter;
}

void ModelPlots::setCurrent(Kind kind)
{
    if (kind != Kind::Forecast)
        m_tabs->setCurrentWidget(plot(kind));
}

int ModelPlots::pointCount(QCustomPlot *plot)
{
    int n = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        if (auto *graph = qobject_cast<QCPGraph *>(p))
            n += graph->dataCount();
        else if (auto *bars = qobject_cast<QCPBars *>(p))
            n += bars->dataCount();
    }
    return n;
}

void ModelPlots::clearEvaluation()
{
    for (QCustomPlot *plot : {m_scatter, m_residuals, m_importance}) {
        plot->clearPlottables();
        plot->clearItems();
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot->xAxis->setLabel(QString());
        plot->yAxis->setLabel(QString());
        plot->legend->setVisible(false);
        setEmptyText(plot, tr("Train a model to see how its predictions compare with the actual values."));
        plot->replot();
    }
}

void ModelPlots::showEvaluation(const ml::SplitEvaluation &evaluation, const QString &target, const QString &title)
{
    clearEvaluation();
    m_evaluationTitle = title;
    const QColor pointColour = PlotPalette::category(0);
    const QColor lineColour = palette().color(QPalette::WindowText);
    QVector<double> actual, predicted, residual;
    for (size_t i = 0; i < evaluation.actual.size(); ++i) {
        if (!std::isfinite(evaluation.actual[i]) || !std::isfinite(evaluation.predicted[i]))
            continue;
        actual << evaluation.actual[i];
        predicted << evaluation.predicted[i];
        residual << evaluation.actual[i] - evaluation.predicted[i];
    }

    // Predicted vs actual, with y = x: points above the line are over-predicted.
    QCPGraph *points = m_scatter->addGraph();
    points->setName(tr("test rows"));
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, pointColour, pointColour, 4));
    points->setData(actual, predicted);
    double lo = 0, hi = 1;
    if (!actual.isEmpty()) {
        lo = std::min(*std::min_element(actual.cbegin(), actual.cend()),
                      *std::min_element(predicted.cbegin(), predicted.cend()));
        hi = std::max(*std::max_element(actual.cbegin(), actual.cend()),
                      *std::max_element(predicted.cbegin(), predicted.cend()));
        if (hi <= lo)
            hi = lo + 1;
    }
    QCPGraph *identity = m_scatter->addGraph();
    identity->setName(tr("y = x"));
    identity->setPen(QPen(lineColour, 1, Qt::DashLine));
    identity->setData(QVector<double>{lo, hi}, QVector<double>{lo, hi});
    m_scatter->xAxis->setLabel(tr("actual %1").arg(target));
    m_scatter->yAxis->setLabel(tr("predicted %1").arg(target));
    const double pad = 0.03 * (hi - lo);
    m_scatter->xAxis->setRange(lo - pad, hi + pad);
    m_scatter->yAxis->setRange(lo - pad, hi + pad);
    m_scatter->legend->setVisible(true);
    setEmptyText(m_scatter, title);

    // Residuals against the prediction: structure here is what the model missed.
    QCPGraph *res = m_residuals->addGraph();
    res->setName(tr("actual − predicted"));
    res->setLineStyle(QCPGraph::lsNone);
    res->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, pointColour, pointColour, 4));
    res->setData(predicted, residual, false);
    QCPGraph *zero = m_residuals->addGraph();
    zero->setPen(QPen(lineColour, 1, Qt::DashLine));
    zero->setData(QVector<double>{lo, hi}, QVector<double>{0, 0});
    m_residuals->xAxis->setLabel(tr("predicted %1").arg(target));
    m_residuals->yAxis->setLabel(tr("actual − predicted"));
    m_residuals->rescaleAxes();
    setEmptyText(m_residuals, title);

    // Permutation importance: how much the test RMSE grows when one feature's values are shuffled.
    if (evaluation.importance.empty()) {
        setEmptyText(m_importance, tr("No importance for %1: it is computed on the first split only.").arg(title));
    } else {
        auto *bars = new QCPBars(m_importance->yAxis, m_importance->xAxis);
        bars->setName(tr("RMSE increase when permuted"));
        bars->setBrush(PlotPalette::category(1));
        bars->setPen(Qt::NoPen);
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        QVector<double> keys, values;
        const int n = int(evaluation.importance.size());
        for (int i = 0; i < n; ++i) { // largest at the top
            const auto &[feature, increase] = evaluation.importance[size_t(i)];
            keys << double(n - i);
            values << (std::isfinite(increase) ? increase : 0.0);
            ticker->addTick(double(n - i), feature);
        }
        bars->setData(keys, values, true);
        m_importance->yAxis->setTicker(ticker);
        m_importance->yAxis->setRange(0.3, n + 0.7);
        m_importance->xAxis->setLabel(tr("test RMSE increase when permuted (%1)").arg(target));
        const double top = *std::max_element(values.cbegin(), values.cend());
        const double bottom = std::min(0.0, *std::min_element(values.cbegin(), values.cend()));
        m_importance->xAxis->setRange(bottom, top > bottom ? top * 1.05 : bottom + 1);
        setEmptyText(m_importance, title);
    }
    for (QCustomPlot *plot : {m_scatter, m_residuals, m_importance})
        plot->replot();
}

void ModelPlots::clearForecast()
{
    m_forecast->clearPlottables();
    m_forecast->legend->setVisible(false);
    setEmptyText(m_forecast, tr("Press Forecast to predict the busy CPUs of the next 30 to 60 minutes."));
    m_forecast->replot();
}

void ModelPlots::showForecast(const ml::LoadForecaster::Result &result, const QString &algorithm)
{
    clearForecast();
    if (result.busyCpus.empty() || result.forecast.empty())
        return;
    m_forecastTitle = tr("Busy CPUs: history and forecast (%1)").arg(algorithm);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("MMM d\nHH:mm"));
    ticker->setTimeZone(QTimeZone::utc());
    m_forecast->xAxis->setTicker(ticker);
    m_forecast->xAxis->setLabel(tr("time (UTC)"));
    m_forecast->yAxis->setLabel(tr("busy CPUs"));

    const qsizetype n = qsizetype(result.busyCpus.size());
    const qsizetype first = std::max<qsizetype>(0, n - kHistoryMinutes);
    QVector<double> historyTs, history;
    for (qsizetype i = first; i < n; ++i) {
        historyTs << double(result.seriesStartTs + i * 60);
        history << result.busyCpus[size_t(i)];
    }
    const double lastTs = historyTs.back();
    const double last = history.back();
    QVector<double> forecastTs{lastTs}, forecast{last}, persistence{last};
    QVector<double> seasonalTs, seasonal;
    for (const auto &[ts, busy] : result.forecast) {
        forecastTs << double(ts);
        forecast << busy;
        persistence << last;
        const qsizetype dayBefore = (ts - result.seriesStartTs) / 60 - 1440;
        if (dayBefore >= 0 && dayBefore < n) {
            seasonalTs << double(ts);
            seasonal << result.busyCpus[size_t(dayBefore)];
        }
    }
    QCPGraph *h = m_forecast->addGraph();
    h->setName(tr("history"));
    h->setPen(QPen(palette().color(QPalette::WindowText), 1.2));
    h->setData(historyTs, history, true);
    QCPGraph *f = m_forecast->addGraph();
    f->setName(tr("forecast (%1)").arg(algorithm));
    f->setPen(QPen(PlotPalette::category(0), 2.2));
    f->setData(forecastTs, forecast, true);
    QCPGraph *p = m_forecast->addGraph();
    p->setName(tr("persistence"));
    p->setPen(QPen(PlotPalette::category(1), 1.5, Qt::DashLine));
    p->setData(forecastTs, persistence, true);
    if (!seasonal.isEmpty()) {
        QCPGraph *s = m_forecast->addGraph();
        s->setName(tr("seasonal-naive (a day earlier)"));
        s->setPen(QPen(PlotPalette::category(2), 1.5, Qt::DotLine));
        s->setData(seasonalTs, seasonal, true);
    }
    m_forecast->legend->setVisible(true);
    m_forecast->rescaleAxes();
    const QCPRange y = m_forecast->yAxis->range();
    m_forecast->yAxis->setRange(std::min(0.0, y.lower), y.upper * 1.05 + 1);
    const qint64 aheadMin = (result.forecast.back().first - qint64(lastTs)) / 60;
    const QString summary =
        tr("Busy CPUs: the last %1 h and the next %2 min").arg(double(n - first) / 60.0, 0, 'f', 1).arg(aheadMin);
    setEmptyText(m_forecast, summary);
    m_forecast->replot();
}

void ModelPlots::exportEvaluationPlot()
{
    auto *plot = qobject_cast<QCustomPlot *>(m_tabs->currentWidget());
    if (!plot)
        return;
    static const char *const names[] = {"model-predicted-vs-actual", "model-residuals", "model-feature-importance"};
    PlotExporter::exportInteractively(plot, QString::fromLatin1(names[m_tabs->currentIndex()]),
                                      caption(Kind(m_tabs->currentIndex())), this);
}

PlotCaption ModelPlots::caption(Kind kind) const
{
    PlotCaption caption;
    if (kind == Kind::Forecast) {
        caption.title = m_forecastTitle.isEmpty() ? tr("Load forecast") : m_forecastTitle;
    } else {
        const QString tab = m_tabs->tabText(int(kind));
        caption.title = m_evaluationTitle.isEmpty() ? tab : tr("%1: %2").arg(tab, m_evaluationTitle);
    }
    if (!m_dataDescription.isEmpty())
        caption.lines << m_dataDescription;
    return caption;
}

} // namespace es
