#include "app/render/views/ComparePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/SceneLayout.h"
#include "app/render/views/PictureChrome.h"
#include "core/Layer.h"
#include "core/TorchError.h"

#include <algorithm>
#include <stdexcept>

namespace sb {

namespace {

constexpr double kMapSide = 440.0;     // the largest side a map takes; cells shrink to fit it
constexpr double kPanelText = 118.0;   // verdict (up to four lines) and the two ranges

QString rangeText(const OverlapStatistics& s)
{
    if (s.cells == 0)
        return QStringLiteral("none");
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
    addPanel(QStringLiteral("this layer"), g.kernel);
    addPanel(QStringLiteral("kernel rounded up"), roundedUpKernel(g.kernel, g.stride));
    addPanel(QStringLiteral("kernel = stride"), g.stride);
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
        panels_.push_back({role, geometry, std::move(analysis), std::move(map), {}});
    } catch (const TorchError&) {
        // e.g. padding 2 with kernel 2 leaves no output: PyTorch rejects that layer, so no panel.
    } catch (const std::invalid_argument&) {
    }
}

void ComparePicture::layout()
{
    std::int64_t side = 1;
    for (const Panel& p : panels_)
        side = std::max({side, p.map.rows(), p.map.cols()});
    // One cell size for all panels, so equal sizes look equal.
    const double cell = std::clamp(kMapSide / static_cast<double>(side), 2.0, SceneLayout::kCell);
    panelWidth_ = std::max(static_cast<double>(side) * cell, 380.0);
    const double top = SceneLayout::kMargin + SceneLayout::kTitle + SceneLayout::kCaption + 10;
    double x = SceneLayout::kMargin;
    for (Panel& p : panels_) {
        p.grid = GridGeometry{QPointF(x, top), p.map.rows(), p.map.cols(), cell};
        x += panelWidth_ + SceneLayout::kGap;
    }
    textTop_ = top + static_cast<double>(side) * cell + 14;
    legend_ = QRectF(SceneLayout::kMargin, textTop_ + kPanelText + 20, 260, 16);
    const double width = std::max(x - SceneLayout::kGap + SceneLayout::kMargin, 1240.0);
    title_ = QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
    footer_ = QRectF(SceneLayout::kMargin, legend_.bottom() + 40, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, width, footer_.bottom() + SceneLayout::kMargin);
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
        parts << QStringLiteral("kernel %1 gives %2 (%3 inside)")
                     .arg(pairText(p.geometry.kernel), p.analysis.even() ? QStringLiteral("an even map") : QStringLiteral("a checkerboard"),
                          rangeText(p.analysis.interior()));
    return QStringLiteral("Same %1×%2 input, stride %3: ")
               .arg(record_->geometry().input.h)
               .arg(record_->geometry().input.w)
               .arg(pairText(record_->geometry().stride))
        + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void ComparePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds_);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                              QStringLiteral("compare: overlap maps of the same %1×%2 input with a ones kernel, "
                                             "on one colour scale (Distill, \"Deconvolution and Checkerboard Artifacts\")")
                                  .arg(g.input.h)
                                  .arg(g.input.w));

    const HeatScale scale = HeatScale::overlap(theme, lo_, hi_);
    for (const Panel& p : panels_) {
        const LayerGeometry& pg = p.geometry;
        gp.caption(p.grid.origin, QStringLiteral("kernel_size=%1, stride=%2: %3")
                                      .arg(pairText(pg.kernel), pairText(pg.stride), p.role));
        p.map.paint(gp, p.grid, scale);
        const double left = p.grid.origin.x();
        gp.text(QRectF(left, textTop_, panelWidth_, 22), QStringLiteral("%1×%2 output · interior %3 · border %4")
                                                              .arg(pg.output.h)
                                                              .arg(pg.output.w)
                                                              .arg(rangeText(p.analysis.interior()), rangeText(p.analysis.border())),
                theme.text, 12, true);
        gp.text(QRectF(left, textTop_ + 26, panelWidth_, kPanelText - 26), QString::fromStdString(p.analysis.verdict()),
                p.analysis.even() ? theme.text : theme.error, 11.5, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    }
    HeatMap::paintLegend(gp, legend_, scale, QStringLiteral("contributions per output cell, one scale for all panels"));

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
