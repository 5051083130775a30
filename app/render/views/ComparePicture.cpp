// SPDX-License-Identifier: MIT
#include "app/render/views/ComparePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"
#include "core/Layer.h"
#include "core/TorchError.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace sb {

namespace {

struct ComparePictureText {
    Q_DECLARE_TR_FUNCTIONS(ComparePicture)
};

constexpr double kGap = 48.0;          // between panels
constexpr double kMinColumn = 300.0;   // a verdict's measure when its map is narrower

QString rangeText(const OverlapStatistics& s)
{
    if (s.cells == 0)
        //: A range of counts when the map has no such cells (no interior, no border)
        return ComparePictureText::tr("none");
    return s.minimum == s.maximum ? QString::number(s.minimum) : QStringLiteral("%1–%2").arg(s.minimum).arg(s.maximum);
}

} // namespace

Size2 ComparePicture::roundedUpKernel(Size2 kernel, Size2 stride)
{
    auto up = [](std::int64_t k, std::int64_t s) { return (k + s - 1) / s * s; };
    return {up(kernel.h, stride.h), up(kernel.w, stride.w)};
}

ComparePicture::ComparePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record))
{
    Q_UNUSED(plane);  // overlap does not depend on the plane: every plane of a layer has the same map
    const LayerGeometry& g = record_->geometry();
    addPanel(ComparePictureText::tr("this layer"), g.kernel);
    //: The layer's kernel size rounded up to a multiple of the stride
    addPanel(ComparePictureText::tr("kernel rounded up"), roundedUpKernel(g.kernel, g.stride));
    addPanel(ComparePictureText::tr("kernel = stride"), g.stride);
    lo_ = panels_.front().map.minimum();
    hi_ = panels_.front().map.maximum();
    for (const Panel& p : panels_) {
        lo_ = std::min(lo_, p.map.minimum());
        hi_ = std::max(hi_, p.map.maximum());
    }
    layout();
}

void ComparePicture::addPanel(const QString& role, Size2 kernel)
{
    for (const Panel& p : panels_)
        if (p.geometry.kernel == kernel)
            return;
    // The same call with one input and one output channel: overlap counts (input element, tap)
    // pairs per channel, so channels and groups would only scale it.
    const LayerGeometry& g = record_->geometry();
    ConvTransposeParams params;
    params.kernel_size = kernel;
    params.stride = g.stride;
    params.padding = g.padding;
    params.output_padding = g.output_padding;
    params.dilation = g.dilation;
    try {
        const LayerGeometry geometry = validateGeometry(params, {1, 1, g.input.h, g.input.w}, {1, 1, kernel.h, kernel.w},
                                                        std::nullopt, std::nullopt);
        OverlapAnalysis analysis(geometry);
        HeatMap map = HeatMap::ofOverlap(analysis.map());
        panels_.push_back({role, geometry, std::move(analysis), std::move(map), {}, 0, 0, {}});
    } catch (const TorchError&) {
        // e.g. padding 2 with kernel 2 leaves no output: PyTorch rejects that layer, so no panel.
    } catch (const std::invalid_argument&) {
    }
}

QString ComparePicture::captionOf(const Panel& p)
{
    return QStringLiteral("kernel_size=%1, stride=%2: %3").arg(pairText(p.geometry.kernel), pairText(p.geometry.stride), p.role);
}

QString ComparePicture::statsOf(const Panel& p)
{
    //: %3 and %4 are ranges of contributions per cell like 1–4, or "none"
    return ComparePictureText::tr("%1×%2 output · interior %3 · border %4")
        .arg(p.geometry.output.h)
        .arg(p.geometry.output.w)
        .arg(rangeText(p.analysis.interior()), rangeText(p.analysis.border()));
}

void ComparePicture::layout()
{
    // One cell size for all panels, so equal sizes look equal: the one every map's numbers fit.
    double cell = 0.0;
    for (const Panel& p : panels_)
        cell = std::max(cell, p.map.textCell());
    PictureChrome::fitCells(cell, [this](double c) {
        place(c);
        return bounds_;
    });
}

void ComparePicture::place(double cell)
{
    const double m = PictureChrome::kMargin;
    const QString sentence = legendLabel();
    const HeatScale scale = HeatScale::overlap(Theme::light(), lo_, hi_);
    const QSizeF legend = HeatMap::legendSize(scale, sentence, 200);

    // Columns: max(map, caption, statistics line, a verdict's measure).
    std::int64_t rows = 1;
    double x = m;
    for (Panel& p : panels_) {
        rows = std::max(rows, p.map.rows());
        p.column = std::max({static_cast<double>(p.map.cols()) * cell, Typography::width(captionOf(p), Typography::kHeading, true),
                             Typography::width(statsOf(p), Typography::kLabel, true), kMinColumn});
        p.verdict = Typography::wrap(QString::fromStdString(p.analysis.verdict()), Typography::kLabel, false, p.column);
        p.left = x;
        x += p.column + kGap;
    }
    const double width = std::max({x - kGap + m, PictureChrome::kMinWidth + 2 * m, m + legend.width() + m});
    const QString title = moduleCall(record_->geometry(), record_->layer().hasBias());
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(title, width - 2 * m));
    const double top = title_.bottom() + 18 + PictureChrome::captionHeight();
    const double label = Typography::lineHeight(Typography::kLabel, true), line = Typography::lineHeight(Typography::kLabel);
    qsizetype verdictLines = 0;
    for (Panel& p : panels_) {
        p.grid = GridGeometry{QPointF(p.left, top), p.map.rows(), p.map.cols(), cell};
        verdictLines = std::max(verdictLines, p.verdict.size());
    }
    textTop_ = top + static_cast<double>(rows) * cell + 14;
    lineHeight_ = line;
    statsHeight_ = label + 6;
    legend_ = QRectF(QPointF(m, textTop_ + statsHeight_ + static_cast<double>(verdictLines) * line + 20), legend);
    footer_ = QRectF(m, legend_.bottom() + 28, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
}

QString ComparePicture::legendLabel()
{
    return ComparePictureText::tr("contributions per output cell, one scale for all panels");
}

QRectF ComparePicture::cellRect(std::size_t panel, std::int64_t oy, std::int64_t ox) const
{
    return panels_.at(panel).grid.cellRect(oy, ox);
}

QString ComparePicture::narration(qint64 step) const
{
    Q_UNUSED(step);
    QStringList parts;
    for (const Panel& p : panels_)
        parts << (p.analysis.even()
                      //: %1 is a kernel size like 4 or (3, 4), %2 a range of contributions per cell like 1–4
                      ? ComparePictureText::tr("kernel %1 gives an even map (%2 inside)")
                      //: %1 is a kernel size like 3 or (3, 4), %2 a range of contributions per cell like 1–4
                      : ComparePictureText::tr("kernel %1 gives a checkerboard (%2 inside)"))
                     .arg(pairText(p.geometry.kernel), rangeText(p.analysis.interior()));
    //: %4 lists the panels: "kernel 3 gives a checkerboard (1–4 inside); kernel 4 gives …"
    return ComparePictureText::tr("Same %1×%2 input, stride %3: %4.")
        .arg(record_->geometry().input.h)
        .arg(record_->geometry().input.w)
        .arg(pairText(record_->geometry().stride), parts.join(QStringLiteral("; ")));
}

void ComparePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds_);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                              //: The view's subtitle; %1 is the view's name ("compare")
                              ComparePictureText::tr("%1: overlap maps of the same %2×%3 input with a ones kernel, on one colour scale")
                                  .arg(viewTitle(ViewId::Compare))
                                  .arg(g.input.h)
                                  .arg(g.input.w));

    const HeatScale scale = HeatScale::overlap(theme, lo_, hi_);
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    for (const Panel& p : panels_) {
        gp.caption(p.grid.origin, captionOf(p), true, Typography::kHeading);
        p.map.paint(gp, p.grid, scale);
        gp.text(QRectF(p.left, textTop_, p.column, statsHeight_), statsOf(p), theme.text, Typography::kLabel, true, flags);
        double y = textTop_ + statsHeight_;
        for (const QString& line : p.verdict) {
            gp.text(QRectF(p.left, y, p.column, lineHeight_), line, p.analysis.even() ? theme.text : theme.error, Typography::kLabel, false,
                    flags);
            y += lineHeight_;
        }
    }
    HeatMap::paintLegend(gp, legend_.topLeft(), 200, scale, legendLabel());

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
