// SPDX-License-Identifier: MIT
#include "app/render/views/ComparePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
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
        panels_.push_back({role, geometry, std::move(analysis), std::move(map)});
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
    std::vector<CompareLayout::Panel> measured;
    for (const Panel& p : panels_)
        measured.push_back({p.map.rows(), p.map.cols(), p.map.textCell(), captionOf(p), statsOf(p),
                            QString::fromStdString(p.analysis.verdict())});
    // The legend measures the same in either theme.
    const QSizeF legend = HeatMap::legendSize(HeatScale::overlap(Theme::light(), lo_, hi_), legendLabel(), kLegendBar);
    layout_ = CompareLayout(measured, moduleCall(record_->geometry(), record_->layer().hasBias()), legend);
}

QString ComparePicture::legendLabel()
{
    return ComparePictureText::tr("contributions per output cell, one scale for all panels");
}

QRectF ComparePicture::cellRect(std::size_t panel, std::int64_t oy, std::int64_t ox) const
{
    return layout_.columns().at(panel).grid.cellRect(oy, ox);
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

// One frame's painting, section by section over the layout.
class ComparePicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const ComparePicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), L_(picture.layout_),
          scale_(HeatScale::overlap(options.theme, picture.lo_, picture.hi_))
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        paintPanels();
        HeatMap::paintLegend(gp_, L_.legendRect().topLeft(), kLegendBar, scale_, legendLabel());
        paintNarration(pic_, L_.footerRect());
    }

private:
    void paintTitle()
    {
        const LayerGeometry& g = pic_.record_->geometry();
        PictureChrome::paintTitle(
            gp_, L_.titleRect(), moduleCall(g, pic_.record_->layer().hasBias()),
            //: The view's subtitle; %1 is the view's name ("compare")
            ComparePictureText::tr("%1: overlap maps of the same %2×%3 input with a ones kernel, on one colour scale")
                .arg(viewTitle(ViewId::Compare))
                .arg(g.input.h)
                .arg(g.input.w));
    }

    // Each map with its caption over it, its statistics and its verdict under it.
    void paintPanels()
    {
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
        for (std::size_t i = 0; i < pic_.panels_.size(); ++i) {
            const Panel& p = pic_.panels_[i];
            const CompareLayout::Column& c = L_.columns()[i];
            gp_.caption(c.grid.origin, captionOf(p), true, Typography::kHeading);
            p.map.paint(gp_, c.grid, scale_);
            gp_.text(QRectF(c.left, L_.textTop(), c.width, L_.statsHeight()), statsOf(p), theme_.text,
                     Typography::kLabel, true, flags);
            double y = L_.textTop() + L_.statsHeight();
            for (const QString& line : c.verdict) {
                gp_.text(QRectF(c.left, y, c.width, L_.lineHeight()), line,
                         p.analysis.even() ? theme_.text : theme_.error, Typography::kLabel, false, flags);
                y += L_.lineHeight();
            }
        }
    }

    const ComparePicture& pic_;
    const CompareLayout& L_;
    const HeatScale scale_;  // one scale for every panel
};

void ComparePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
