// SPDX-License-Identifier: MIT
#include "app/render/views/ChannelsLayout.h"

#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

namespace {

// Wires are cubic Béziers with horizontal ends (control points halfway across), so at a fraction u
// of the way the wire has covered x = 1.5·u·(1 − u) + u³ of the width and turned
// 3u² − 2u³ of the way from its input's height to its end's.
double acrossAt(double u)
{
    return 1.5 * u * (1 - u) + u * u * u;
}
double turnedAt(double u)
{
    return 3 * u * u - 2 * u * u * u;
}

}  // namespace

ChannelsLayout::ChannelsLayout(const LayerGeometry& geometry, const ChannelWiring& wiring,
                               std::int64_t maxKernelThumbnails, const Texts& texts)
    : g_(geometry)
{
    const LayerGeometry& g = g_;
    const std::int64_t inPer = wiring.inPerGroup(), outPer = wiring.outPerGroup();
    // Each group is a horizontal block tall enough for the longer of its two columns; its inputs
    // and outputs are centred in it, so wires of different groups never cross. With several
    // groups each block starts with a line for its name.
    groupHeader_ = g.groups > 1 ? Typography::lineHeight(Typography::kSmall, true) + 6 : 0.0;
    const std::int64_t slotsPerGroup = std::max(inPer, outPer);
    const double slotCount = static_cast<double>(slotsPerGroup * g.groups);
    // Few channels get planes large enough for their numbers (as large as the widest number asks,
    // within a cap); many get small ones, which show colour.
    auto cellFor = [](const QString& widest) {
        return std::max(Typography::width(widest, Typography::kCell) / 0.9 + 6,
                        Typography::lineHeight(Typography::kCell) + 4);
    };
    // The diagram stays within 2400 px of height however many planes it stacks.
    const double cap = std::min(slotsPerGroup * g.groups <= 2 ? 480.0 : 300.0, 2400.0 / slotCount);
    // A kind of grid asks for room only when that room is enough for its numbers.
    auto ask = [cap](double want, double share) { return want * share + 24.0 <= cap ? want : 0.0; };
    const double wantPlane =
        std::max(ask(static_cast<double>(std::max(g.input.h, g.input.w)) * cellFor(texts.widestInput), 1.0),
                 ask(static_cast<double>(std::max(g.output.h, g.output.w)) * cellFor(texts.widestOutput), 1.0));
    const double wantKernel =
        ask(static_cast<double>(std::max(g.kernel.h, g.kernel.w)) * cellFor(texts.widestWeight), 1.25);
    double pitch = std::clamp((kDiagramHeight - (kGroupGap + groupHeader_) * static_cast<double>(g.groups)) / slotCount,
                              40.0, 150.0);
    if (wantPlane > 0 || wantKernel > 0)
        pitch = std::max(pitch, std::min(std::max(wantPlane, wantKernel / 0.8) + 24.0, cap));
    thumb_ = std::max(std::min(pitch - 10.0, 120.0), std::min(wantPlane, pitch - 24.0));

    // The weight slices of output channel co stand in its row, one column per input channel of the
    // group, so a row reads x[ci] ⋆ w[ci, co'] … → Σ → y[co].
    kernel_ = std::max(std::min({thumb_ * 0.75, pitch * 0.8, 80.0}), std::min(wantKernel, pitch * 0.8));
    showKernels_ = wiring.wireCount() <= maxKernelThumbnails && kernel_ >= 16.0;
    const double columnStep = kernel_ + kColumnGap;
    const double columnsWidth = showKernels_ ? static_cast<double>(inPer) * columnStep - kColumnGap : 0.0;
    sigmaRadius_ = std::clamp(pitch / 3.5, 10.0, 14.0);

    // Labels and captions measured in the font that draws them.
    labelIn_ =
        Typography::width(QStringLiteral("x[%1]").arg(g.in_channels - 1), Typography::kLabel, true) + kLabelGap + 4;
    labelOut_ =
        Typography::width(QStringLiteral("y[%1]").arg(g.out_channels - 1), Typography::kLabel, true) + kLabelGap + 4;
    const double inCaption = Typography::width(texts.inputCaption, Typography::kHeading, true);
    const double outCaption = Typography::width(texts.outputCaption, Typography::kHeading, true);

    // The fan of wires takes whatever width the page has left, so the wires spread out.
    inputX_ = kMargin + labelIn_;
    const double fixed = inputX_ + thumb_ + columnsWidth + kSigmaGap + 2 * sigmaRadius_ + kSigmaGap;
    const double rightPart = std::max(thumb_ + labelOut_, outCaption) + kMargin;
    // Wide enough that the input caption ends before the output column's begins.
    const double fan = std::max({360.0, kMinWidth - rightPart - fixed, kMargin + inCaption + 40 - fixed});
    const double kernelsLeft = inputX_ + thumb_ + fan;
    columnX_.clear();
    for (std::int64_t j = 0; j < inPer && showKernels_; ++j)
        columnX_.append(kernelsLeft + static_cast<double>(j) * columnStep + kernel_ / 2);
    sigmaX_ = kernelsLeft + columnsWidth + kSigmaGap + sigmaRadius_;
    outputX_ = sigmaX_ + sigmaRadius_ + kSigmaGap;
    const double width = std::max(outputX_ + rightPart, kMinWidth);

    title_ =
        QRectF(kMargin, kMargin, width - 2 * kMargin, PictureChrome::titleHeight(texts.title, width - 2 * kMargin));
    // The panel: the weight's shape, the groups sentence, and the sum of the highlighted output
    // (its longest version, so the panel does not change size between steps).
    panel_ = QRectF(kMargin, title_.bottom() + 12, width - 2 * kMargin, 0);
    double formula = 0;
    for (const QString& sum : texts.sums)
        formula = std::max(formula, Typography::wrappedHeight(sum, Typography::kCell, false, panelInner()));
    const double panelHeight = 8
                               + Typography::wrappedHeight(texts.weightShape, Typography::kHeading, true, panelInner())
                               + 4 + Typography::wrappedHeight(texts.groups, Typography::kLabel, false, panelInner())
                               + 10 + Typography::lineHeight(Typography::kBody, true) + 6 + formula + 10;
    panel_.setHeight(panelHeight);
    const double caption = Typography::lineHeight(Typography::kHeading, true) + 8;
    weightCaptionY_ = panel_.bottom() + 16 + caption;
    captionY_ = weightCaptionY_ + (showKernels_ ? caption : 0.0);
    const double diagramTop = captionY_ + 12;

    inputY_.resize(static_cast<int>(g.in_channels));
    outputY_.resize(static_cast<int>(g.out_channels));
    bands_.clear();
    double y = diagramTop;
    for (std::int64_t group = 0; group < g.groups; ++group) {
        const double height = static_cast<double>(slotsPerGroup) * pitch;
        bands_.append(
            QRectF(kMargin - 8, y - 6, outputX_ + thumb_ + labelOut_ - kMargin + 8, groupHeader_ + height + 12));
        y += groupHeader_;
        auto place = [&](QVector<double>& centres, std::int64_t first, std::int64_t count) {
            const double start = y + (height - static_cast<double>(count) * pitch) / 2;
            for (std::int64_t k = 0; k < count; ++k)
                centres[static_cast<int>(first + k)] = start + (static_cast<double>(k) + 0.5) * pitch;
        };
        place(inputY_, group * inPer, inPer);
        place(outputY_, group * outPer, outPer);
        y += height + kGroupGap;
    }
    const double diagramBottom = y - kGroupGap;

    footer_ = QRectF(kMargin, diagramBottom + 32, width - 2 * kMargin, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + kMargin);
}

QRectF ChannelsLayout::inputPlaneRect(std::int64_t ci) const
{
    const Size2 in = g_.input;
    const double cell = thumb_ / static_cast<double>(std::max(in.h, in.w));
    const double w = cell * static_cast<double>(in.w), h = cell * static_cast<double>(in.h);
    return QRectF(inputX_ + thumb_ - w, inputY_[static_cast<int>(ci)] - h / 2, w, h);
}

QRectF ChannelsLayout::outputPlaneRect(std::int64_t co) const
{
    const Size2 out = g_.output;
    const double cell = thumb_ / static_cast<double>(std::max(out.h, out.w));
    const double w = cell * static_cast<double>(out.w), h = cell * static_cast<double>(out.h);
    return QRectF(outputX_, outputY_[static_cast<int>(co)] - h / 2, w, h);
}

QRectF ChannelsLayout::inputLabelRect(std::int64_t ci, double height) const
{
    const QRectF box = inputPlaneRect(ci);
    return QRectF(kMargin, box.center().y() - height / 2, inputX_ + thumb_ - box.width() - kMargin - kLabelGap, height);
}

QRectF ChannelsLayout::outputLabelRect(std::int64_t co, double height) const
{
    const QRectF box = outputPlaneRect(co);
    return QRectF(box.right() + kLabelGap, box.center().y() - height / 2, labelOut_, height);
}

QPointF ChannelsLayout::wireStart(const ChannelWire& wire) const
{
    return {inputX_ + thumb_, inputY_[static_cast<int>(wire.ci)]};
}

QPointF ChannelsLayout::wireEnd(const ChannelWire& wire) const
{
    const double y = outputY_[static_cast<int>(wire.co)];
    if (showKernels_)
        return {columnX_[static_cast<int>(wire.ciInGroup)] - kernel_ / 2, y};
    return {sigmaX_ - sigmaRadius_, y};
}

QPointF ChannelsLayout::wirePoint(const ChannelWire& wire, double u) const
{
    const QPointF a = wireStart(wire);
    const QPointF b = wireEnd(wire);
    return {a.x() + (b.x() - a.x()) * acrossAt(u), a.y() + (b.y() - a.y()) * turnedAt(u)};
}

QRectF ChannelsLayout::kernelRect(const ChannelWire& wire) const
{
    if (!showKernels_)
        return {};
    const Size2 k = g_.kernel;
    const double cell = kernel_ / static_cast<double>(std::max(k.h, k.w));
    const QSizeF size(cell * static_cast<double>(k.w), cell * static_cast<double>(k.h));
    const QPointF centre(columnX_[static_cast<int>(wire.ciInGroup)], outputY_[static_cast<int>(wire.co)]);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

double ChannelsLayout::kernelCell() const
{
    return kernel_ / static_cast<double>(std::max(g_.kernel.h, g_.kernel.w));
}

QPointF ChannelsLayout::sigmaCentre(std::int64_t co) const
{
    return {sigmaX_, outputY_[static_cast<int>(co)]};
}

QLineF ChannelsLayout::rail(std::int64_t co) const
{
    const double y = outputY_[static_cast<int>(co)];
    return QLineF(showKernels_ ? columnX_.front() : sigmaX_, y, outputX_, y);
}

}  // namespace sb
