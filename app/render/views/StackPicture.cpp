// SPDX-License-Identifier: MIT
#include "app/render/views/StackPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "core/OverlapAnalysis.h"
#include "core/TensorFill.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct StackPictureText {
    Q_DECLARE_TR_FUNCTIONS(StackPicture)
};

ConvTransposeParams paramsOf(const LayerGeometry& g, bool bias)
{
    ConvTransposeParams p;
    p.in_channels = g.in_channels;
    p.out_channels = g.out_channels;
    p.kernel_size = g.kernel;
    p.stride = g.stride;
    p.padding = g.padding;
    p.output_padding = g.output_padding;  // resolved from output_size when the config gave one
    p.dilation = g.dilation;
    p.groups = g.groups;
    p.bias = bias;
    return p;
}

} // namespace

ConvTransposeProblem StackPicture::defaultFirst(const Layer& layer)
{
    const LayerGeometry& g = layer.geometry;
    ConvTransposeProblem p;
    p.params = paramsOf(g, layer.hasBias());
    p.input = layer.input;
    p.weight = layer.weight;
    p.bias = layer.bias;
    if (g.out_channels != 1) {
        p.params.out_channels = 1;
        p.params.groups = 1;
        p.params.bias = false;
        p.weight = makeFilled({g.in_channels, 1, g.kernel.h, g.kernel.w}, {FillKind::Ones});
        p.bias.clear();
    }
    return p;
}

std::vector<StackedLayer> StackPicture::defaultRest(const Layer& layer, int depth)
{
    const LayerGeometry& g = layer.geometry;
    ConvTransposeParams p = paramsOf(g, false);
    p.in_channels = p.out_channels = p.groups = 1;
    std::vector<StackedLayer> rest;
    for (int i = 1; i < depth; ++i)
        rest.push_back({p, makeFilled({1, 1, g.kernel.h, g.kernel.w}, {FillKind::Ones}), {}});
    return rest;
}

StackPicture::StackPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : StackPicture(record, defaultFirst(record->layer()), defaultRest(record->layer()))
{
    Q_UNUSED(plane);  // the chain is one channel wide after the first layer
}

StackPicture::StackPicture(std::shared_ptr<const ScatterRecord> record, const ConvTransposeProblem& first,
                           const std::vector<StackedLayer>& rest)
    : record_(std::move(record)), stack_(first, rest)
{
    for (std::size_t i = 0; i < stack_.size(); ++i)
        maps_.push_back(HeatMap::ofPlane(stack_.overlap(i), 0, 0));
    layout();
}

QString StackPicture::captionOf(std::size_t i) const
{
    const LayerGeometry& g = stack_.layer(i).geometry;
    return StackPictureText::tr("after layer %1: %2×%3").arg(i + 1).arg(g.output.h).arg(g.output.w);
}

QString StackPicture::argumentsOf(std::size_t i) const
{
    const LayerGeometry& g = stack_.layer(i).geometry;
    // After a ConvTranspose1d every layer of the chain is 1-D (run, like it, at height 1).
    const auto size = [&](Size2 v) { return argumentText(v, record_->geometry().is1d()); };
    QString text = QStringLiteral("kernel_size=%1, stride=%2").arg(size(g.kernel), size(g.stride));
    if (g.padding != Size2(0))
        text += QStringLiteral(", padding=%1").arg(size(g.padding));
    if (g.dilation != Size2(1))
        text += QStringLiteral(", dilation=%1").arg(size(g.dilation));
    return text;
}

HeatScale StackPicture::scaleOf(std::size_t i, const Theme& theme) const
{
    return HeatScale::overlap(theme, maps_[i].minimum(), maps_[i].maximum());
}

void StackPicture::layout()
{
    std::vector<StackLayout::Map> measured;
    for (std::size_t i = 0; i < maps_.size(); ++i)
        measured.push_back({maps_[i].rows(), maps_[i].cols(), maps_[i].textCell(), captionOf(i), argumentsOf(i),
                            // legends measure the same in either theme
                            HeatMap::legendSize(scaleOf(i, Theme::light()), QString(), kLegendBar)});
    layout_ = StackLayout(measured, moduleCall(record_->geometry(), record_->layer().hasBias()));
}

QRectF StackPicture::cellRect(std::size_t layer, std::int64_t oy, std::int64_t ox) const
{
    return layout_.grid(layer).cellRect(oy, ox);
}

QString StackPicture::narration(qint64 step) const
{
    // Step i shows layer i + 1 reached: the view opens on the first layer's own map.
    const std::size_t i = static_cast<std::size_t>(std::clamp<qint64>(step, 0, stepCount() - 1));
    const HeatMap& m = maps_[i];
    const LayerGeometry& g = stack_.layer(i).geometry;
    //: Paths: the ways an input element reaches an output cell through the stacked layers
    const QString range = StackPictureText::tr("%1 to %2 paths per cell").arg(NumberFormat::plain(m.minimum()), NumberFormat::plain(m.maximum()));
    if (i == 0)
        //: %3 is a range like "1 to 4 paths per cell", %4 the number of layers
        return StackPictureText::tr("Layer 1 makes %1×%2 with %3: its own overlap map. %4 transposed convolutions follow one another, "
                              "as in a decoder: each one's overlap multiplies the pattern of the layers before it.")
            .arg(g.output.h)
            .arg(g.output.w)
            .arg(range)
            .arg(stack_.size());
    const HeatMap& before = maps_[i - 1];
    // Whether this layer's own overlap is even, as core decides it (dilation included).
    const bool evenLayer = OverlapAnalysis(g).even();
    //: %4 is a range like "1 to 4 paths per cell"; %7 is one of the two clauses that follow
    return StackPictureText::tr("Layer %1 makes %2×%3 with %4 (was %5 to %6): %7")
        .arg(i + 1)
        .arg(g.output.h)
        .arg(g.output.w)
        .arg(range, NumberFormat::plain(before.minimum()), NumberFormat::plain(before.maximum()),
             evenLayer ? StackPictureText::tr("an even layer only scales the pattern it receives.")
                       : StackPictureText::tr("the uneven overlaps multiply, so the checkerboard compounds."));
}

// One frame's painting, section by section over the layout.
class StackPicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const StackPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), L_(picture.layout_), step_(picture.stepAt(position))
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        for (std::size_t i = 0; i < pic_.maps_.size(); ++i)
            paintLayer(i);
        paintNarration(pic_, L_.footerRect());
    }

private:
    void paintTitle()
    {
        const std::size_t layers = pic_.stack_.size();
        PictureChrome::paintTitle(
            gp_, L_.titleRect(), moduleCall(pic_.record_->geometry(), pic_.record_->layer().hasBias()),
            //: The view's subtitle; %1 is the view's name ("stack"), %2 the number of layers
            StackPictureText::tr("%1: %2 layers one after another, the paths per output cell after each (its own "
                                 "colour scale) · layer %3 / %4")
                .arg(viewTitle(ViewId::Stack))
                .arg(layers)
                .arg(step_ + 1)
                .arg(layers));
    }

    // Layer i's map with its caption, arguments and scale; faded until its step, framed at it.
    void paintLayer(std::size_t i)
    {
        const GridGeometry& grid = L_.grid(i);
        // Layer i is reached at step i (the first one at the start), fading in while moving to it.
        const double reached = std::clamp(position_ - static_cast<double>(i) + 1.0, 0.0, 1.0);
        const double alpha = 0.15 + 0.85 * reached;
        const bool current = static_cast<std::size_t>(step_) == i;
        gp_.caption(grid.origin, pic_.captionOf(i), current, Typography::kHeading);
        const HeatScale scale = pic_.scaleOf(i, theme_);
        pic_.maps_[i].paint(gp_, grid, scale, alpha);
        if (current)
            gp_.frameRect(grid.rect().adjusted(-4, -4, 4, 4), theme_.highlight, 3.0);
        const double left = grid.origin.x();
        gp_.text(QRectF(left, L_.textTop(), L_.column(i), L_.argumentsHeight()), pic_.argumentsOf(i),
                 GridPainter::withAlpha(theme_.mutedText, alpha), Typography::kLabel, false,
                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        HeatMap::paintLegend(gp_, QPointF(left, L_.textTop() + L_.argumentsHeight()), kLegendBar, scale, QString(),
                             alpha);
    }

    const StackPicture& pic_;
    const StackLayout& L_;
    const qint64 step_;
};

void StackPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
