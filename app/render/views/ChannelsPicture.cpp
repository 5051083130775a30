// SPDX-License-Identifier: MIT
#include "app/render/views/ChannelsPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

struct ChannelsPictureText {
    Q_DECLARE_TR_FUNCTIONS(ChannelsPicture)
};

constexpr double kMargin = PictureChrome::kMargin;
constexpr double kLabelGap = 8.0;        // between a plane and its "x[12]"
constexpr double kGroupGap = 22.0;       // between the blocks of two groups
constexpr double kDiagramHeight = 760.0;
constexpr double kColumnGap = 22.0;      // between the weight slices of one row
constexpr double kSigmaGap = 30.0;       // around the Σ of a row
constexpr double kMinWidth = 1240.0;

// Wires are cubic Béziers with horizontal ends (control points halfway across), so at a fraction u
// of the way the wire has covered x = 1.5·u·(1 − u) + u³ of the width and turned
// 3u² − 2u³ of the way from its input's height to its end's.
double acrossAt(double u) { return 1.5 * u * (1 - u) + u * u * u; }
double turnedAt(double u) { return 3 * u * u - 2 * u * u * u; }

QString shapeText(const Shape& s) { return QString::fromStdString(formatShape(s)); }
// The smallest and largest finite value, for shading; (0, 0) when there is none.
std::pair<float, float> finiteRange(const Floats& values)
{
    std::pair<float, float> range{0.0f, 0.0f};
    bool first = true;
    for (float v : values) {
        if (!std::isfinite(v))
            continue;
        range = first ? std::pair{v, v} : std::pair{std::min(range.first, v), std::max(range.second, v)};
        first = false;
    }
    return range;
}

QString wireCount(std::int64_t n) { return n == 1 ? ChannelsPictureText::tr("1 wire") : ChannelsPictureText::tr("%1 wires").arg(n); }
QString inputChannels(std::int64_t n)
{
    return n == 1 ? ChannelsPictureText::tr("1 input channel") : ChannelsPictureText::tr("%1 input channels").arg(n);
}
QString outputChannels(std::int64_t n)
{
    return n == 1 ? ChannelsPictureText::tr("1 output channel") : ChannelsPictureText::tr("%1 output channels").arg(n);
}

} // namespace

ChannelsPicture::ChannelsPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, ChannelsOptions options)
    : record_(std::move(record)), plane_(plane), options_(options), wiring_(record_->geometry()), output_(record_->output())
{
    outputRange_ = finiteRange(output_.values());
    weightRange_ = finiteRange(record_->layer().weight.values());
    // One format per kind of grid: the input planes of sample n, the output planes, the weights.
    const LayerGeometry& g = record_->geometry();
    std::vector<double> inputs, outputs, weights;
    for (std::int64_t c = 0; c < g.in_channels; ++c)
        for (std::int64_t y = 0; y < g.input.h; ++y)
            for (std::int64_t x = 0; x < g.input.w; ++x)
                inputs.push_back(record_->layer().input.at(plane_.n, c, y, x));
    for (std::int64_t c = 0; c < g.out_channels; ++c)
        for (std::int64_t y = 0; y < g.output.h; ++y)
            for (std::int64_t x = 0; x < g.output.w; ++x)
                outputs.push_back(output_.at(plane_.n, c, y, x));
    for (float w : record_->layer().weight.values())
        weights.push_back(w);
    inputFormat_ = NumberFormat::forValues(inputs);
    outputFormat_ = NumberFormat::forValues(outputs);
    weightFormat_ = NumberFormat::forValues(weights);
    widestInput_ = inputFormat_.widest(inputs);
    widestOutput_ = outputFormat_.widest(outputs);
    widestWeight_ = weightFormat_.widest(weights);
    layout();
}

QString ChannelsPicture::inputCaption() const
{
    const LayerGeometry& g = record_->geometry();
    //: The inputs' caption: sample x[%1], %2 channels of %3×%4
    return ChannelsPictureText::tr("input x[%1] · %2 × %3×%4").arg(plane_.n).arg(g.in_channels).arg(g.input.h).arg(g.input.w);
}

QString ChannelsPicture::outputCaption() const
{
    const LayerGeometry& g = record_->geometry();
    //: The outputs' caption: sample y[%1], %2 channels of %3×%4
    return ChannelsPictureText::tr("output y[%1] · %2 × %3×%4").arg(plane_.n).arg(g.out_channels).arg(g.output.h).arg(g.output.w);
}

QString ChannelsPicture::weightCaption() const
{
    const LayerGeometry& g = record_->geometry();
    //: The weights' caption: w[ci, co'] is notation (input channel, output channel within its group)
    return ChannelsPictureText::tr("w[ci, co'] (%1×%2) and Σ per output").arg(g.kernel.h).arg(g.kernel.w);
}

QString ChannelsPicture::groupsSentence() const
{
    const LayerGeometry& g = record_->geometry();
    QString groups = QStringLiteral("= (in_channels, out_channels / groups, kH, kW) · ");
    if (g.groups == 1)
        //: groups is the PyTorch argument; %3 is "1 wire" or "12 wires"
        groups += ChannelsPictureText::tr("groups = 1: every input channel feeds every output channel, %1 × %2 = %3")
                      .arg(g.in_channels).arg(g.out_channels).arg(wireCount(wiring_.wireCount()));
    else if (g.groups == g.in_channels)
        groups += (g.outPerGroup() == 1
                       //: groups and in_channels are PyTorch arguments; %2 is "1 wire" or "12 wires"
                       ? ChannelsPictureText::tr("groups = %1 = in_channels (depthwise): each input channel feeds only its own 1 output "
                                                 "channel, %2")
                             .arg(g.groups)
                             .arg(wireCount(wiring_.wireCount()))
                       //: groups and in_channels are PyTorch arguments; %3 is "1 wire" or "12 wires"
                       : ChannelsPictureText::tr("groups = %1 = in_channels (depthwise): each input channel feeds only its own %2 output "
                                                 "channels, %3")
                             .arg(g.groups)
                             .arg(g.outPerGroup())
                             .arg(wireCount(wiring_.wireCount())));
    else
        //: groups is the PyTorch argument; %6 is "1 wire" or "12 wires"
        groups += ChannelsPictureText::tr("groups = %1: %1 blocks of %2 input → %3 output channels, %4 × %5 / %1 = %6")
                      .arg(g.groups).arg(g.inPerGroup()).arg(g.outPerGroup())
                      .arg(g.in_channels).arg(g.out_channels).arg(wireCount(wiring_.wireCount()));
    return groups;
}

QString ChannelsPicture::expandedSum(std::int64_t co) const
{
    return QStringLiteral("= ") + sumText(co).section(QStringLiteral(" = "), 1);
}

void ChannelsPicture::layout()
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t inPer = wiring_.inPerGroup(), outPer = wiring_.outPerGroup();
    // Each group is a horizontal block tall enough for the longer of its two columns; its inputs
    // and outputs are centred in it, so wires of different groups never cross. With several
    // groups each block starts with a line for its name.
    groupHeader_ = g.groups > 1 ? Typography::lineHeight(Typography::kSmall, true) + 6 : 0.0;
    const std::int64_t slotsPerGroup = std::max(inPer, outPer);
    const double slotCount = static_cast<double>(slotsPerGroup * g.groups);
    // Few channels get planes large enough for their numbers (as large as the widest number asks,
    // within a cap); many get small ones, which show colour.
    auto cellFor = [](const QString& widest) {
        return std::max(Typography::width(widest, Typography::kCell) / 0.9 + 6, Typography::lineHeight(Typography::kCell) + 4);
    };
    // The diagram stays within 2400 px of height however many planes it stacks.
    const double cap = std::min(slotsPerGroup * g.groups <= 2 ? 480.0 : 300.0, 2400.0 / slotCount);
    // A kind of grid asks for room only when that room is enough for its numbers.
    auto ask = [cap](double want, double share) { return want * share + 24.0 <= cap ? want : 0.0; };
    const double wantPlane = std::max(ask(static_cast<double>(std::max(g.input.h, g.input.w)) * cellFor(widestInput_), 1.0),
                                      ask(static_cast<double>(std::max(g.output.h, g.output.w)) * cellFor(widestOutput_), 1.0));
    const double wantKernel = ask(static_cast<double>(std::max(g.kernel.h, g.kernel.w)) * cellFor(widestWeight_), 1.25);
    double pitch = std::clamp((kDiagramHeight - (kGroupGap + groupHeader_) * static_cast<double>(g.groups)) / slotCount, 40.0, 150.0);
    if (wantPlane > 0 || wantKernel > 0)
        pitch = std::max(pitch, std::min(std::max(wantPlane, wantKernel / 0.8) + 24.0, cap));
    thumb_ = std::max(std::min(pitch - 10.0, 120.0), std::min(wantPlane, pitch - 24.0));

    // The weight slices of output channel co stand in its row, one column per input channel of the
    // group, so a row reads x[ci] ⋆ w[ci, co'] … → Σ → y[co].
    kernel_ = std::max(std::min({thumb_ * 0.75, pitch * 0.8, 80.0}), std::min(wantKernel, pitch * 0.8));
    showKernels_ = wiring_.wireCount() <= options_.maxKernelThumbnails && kernel_ >= 16.0;
    const double columnStep = kernel_ + kColumnGap;
    const double columnsWidth = showKernels_ ? static_cast<double>(inPer) * columnStep - kColumnGap : 0.0;
    sigmaRadius_ = std::clamp(pitch / 3.5, 10.0, 14.0);

    // Labels and captions measured in the font that draws them.
    labelIn_ = Typography::width(QStringLiteral("x[%1]").arg(g.in_channels - 1), Typography::kLabel, true) + kLabelGap + 4;
    labelOut_ = Typography::width(QStringLiteral("y[%1]").arg(g.out_channels - 1), Typography::kLabel, true) + kLabelGap + 4;
    const double inCaption = Typography::width(inputCaption(), Typography::kHeading, true);
    const double outCaption = Typography::width(outputCaption(), Typography::kHeading, true);

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

    title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, PictureChrome::titleHeight(moduleCall(g, record_->layer().hasBias()), width - 2 * kMargin));
    // The panel: the weight's shape, the groups sentence, and the sum of the highlighted output
    // (its longest version, so the panel does not change size between steps).
    panel_ = QRectF(kMargin, title_.bottom() + 12, width - 2 * kMargin, 0);
    double formula = 0;
    for (std::int64_t co = 0; co < g.out_channels; ++co)
        formula = std::max(formula, Typography::wrappedHeight(expandedSum(co), Typography::kCell, false, panelInner()));
    const double panelHeight = 8 + Typography::wrappedHeight(weightShapeText(true), Typography::kHeading, true, panelInner())
                               + 4 + Typography::wrappedHeight(groupsSentence(), Typography::kLabel, false, panelInner()) + 10
                               + Typography::lineHeight(Typography::kBody, true) + 6 + formula + 10;
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
        bands_.append(QRectF(kMargin - 8, y - 6, outputX_ + thumb_ + labelOut_ - kMargin + 8, groupHeader_ + height + 12));
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

std::int64_t ChannelsPicture::highlightedOutput(qint64 step) const
{
    const std::int64_t last = record_->geometry().out_channels - 1;
    return step <= 0 ? plane_.co : std::clamp<std::int64_t>(step - 1, 0, last);
}

std::vector<std::int64_t> ChannelsPicture::highlightedWires(qint64 step) const
{
    return wiring_.wiresInto(highlightedOutput(step));
}

double ChannelsPicture::emphasis(std::int64_t co, double position) const
{
    // Between two steps the highlight passes from one channel to the next.
    const double clamped = std::clamp(position, 0.0, static_cast<double>(stepCount() - 1));
    const auto before = static_cast<qint64>(std::floor(clamped));
    const double t = clamped - static_cast<double>(before);
    double e = 0;
    if (highlightedOutput(before) == co)
        e += 1 - t;
    if (t > 0 && highlightedOutput(before + 1) == co)
        e += t;
    return std::min(e, 1.0);
}

QRectF ChannelsPicture::inputPlaneRect(std::int64_t ci) const
{
    const Size2 in = record_->geometry().input;
    const double cell = thumb_ / static_cast<double>(std::max(in.h, in.w));
    const double w = cell * static_cast<double>(in.w), h = cell * static_cast<double>(in.h);
    return QRectF(inputX_ + thumb_ - w, inputY_[static_cast<int>(ci)] - h / 2, w, h);
}

QRectF ChannelsPicture::outputPlaneRect(std::int64_t co) const
{
    const Size2 out = record_->geometry().output;
    const double cell = thumb_ / static_cast<double>(std::max(out.h, out.w));
    const double w = cell * static_cast<double>(out.w), h = cell * static_cast<double>(out.h);
    return QRectF(outputX_, outputY_[static_cast<int>(co)] - h / 2, w, h);
}

QPointF ChannelsPicture::wireEnd(std::int64_t index) const
{
    const ChannelWire& w = wiring_.wires()[static_cast<std::size_t>(index)];
    const double y = outputY_[static_cast<int>(w.co)];
    if (showKernels_)
        return {columnX_[static_cast<int>(w.ciInGroup)] - kernel_ / 2, y};
    return {sigmaX_ - sigmaRadius_, y};
}

QPointF ChannelsPicture::wirePoint(std::int64_t index, double u) const
{
    const ChannelWire& w = wiring_.wires()[static_cast<std::size_t>(index)];
    const QPointF a(inputX_ + thumb_, inputY_[static_cast<int>(w.ci)]);
    const QPointF b = wireEnd(index);
    return {a.x() + (b.x() - a.x()) * acrossAt(u), a.y() + (b.y() - a.y()) * turnedAt(u)};
}

QRectF ChannelsPicture::kernelRect(std::int64_t index) const
{
    if (!showKernels_)
        return {};
    const ChannelWire& w = wiring_.wires()[static_cast<std::size_t>(index)];
    const Size2 k = record_->geometry().kernel;
    const double cell = kernel_ / static_cast<double>(std::max(k.h, k.w));
    const QSizeF size(cell * static_cast<double>(k.w), cell * static_cast<double>(k.h));
    const QPointF centre(columnX_[static_cast<int>(w.ciInGroup)], outputY_[static_cast<int>(w.co)]);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF ChannelsPicture::sigmaCentre(std::int64_t co) const
{
    return {sigmaX_, outputY_[static_cast<int>(co)]};
}

QString ChannelsPicture::weightShapeText(bool kernels) const
{
    const LayerGeometry& g = record_->geometry();
    return (kernels
                //: %1 is the weight's shape like [3, 16, 3, 3], %2 "3 input channels", %3 "16 output channels"
                ? ChannelsPictureText::tr("weight %1: %2 × %3 per group × %4×%5 kernels")
                //: %1 is the weight's shape like [3, 16, 3, 3], %2 "3 input channels", %3 "16 output channels"
                : ChannelsPictureText::tr("weight %1: %2 × %3 per group × %4×%5 kernel"))
        .arg(shapeText(g.weightShape()), inputChannels(g.in_channels), outputChannels(g.outPerGroup()))
        .arg(g.kernel.h)
        .arg(g.kernel.w);
}

QString ChannelsPicture::sumText(std::int64_t co) const
{
    QStringList terms;
    const auto wires = wiring_.wiresInto(co);
    for (std::size_t i = 0; i < wires.size(); ++i) {
        // Long sums keep their first two and last terms.
        if (wires.size() > 4 && i == 2) {
            terms << QStringLiteral("…");
            i = wires.size() - 2;
            continue;
        }
        const ChannelWire& w = wiring_.wires()[static_cast<std::size_t>(wires[i])];
        terms << QStringLiteral("x[%1] ⋆ w[%1, %2]").arg(w.ci).arg(w.coInGroup);
    }
    return QStringLiteral("y[%1] = ").arg(co) + terms.join(QStringLiteral(" + "));
}

QString ChannelsPicture::narration(qint64 step) const
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t co = highlightedOutput(step);
    if (step <= 0)
        return (g.inPerGroup() == 1
                    //: %1 is "1 wire" or "12 wires"
                    ? ChannelsPictureText::tr("%1: each output channel sums the 1 input channel of its group, each through its own "
                                              "%2×%3 weight slice.")
                          .arg(wireCount(wiring_.wireCount()))
                    //: %1 is "1 wire" or "12 wires"
                    : ChannelsPictureText::tr("%1: each output channel sums the %2 input channels of its group, each through its own "
                                              "%3×%4 weight slice.")
                          .arg(wireCount(wiring_.wireCount()))
                          .arg(g.inPerGroup()))
            .arg(g.kernel.h)
            .arg(g.kernel.w);
    if (g.groups == 1)
        //: Follows a sum like "y[0] = x[0] ⋆ w[0, 0] + …"; groups is the PyTorch argument
        return sumText(co) + ChannelsPictureText::tr(": with groups = 1 every input channel feeds it.");
    const std::int64_t first = wiring_.firstInputOf(co), last = first + g.inPerGroup() - 1;
    const QString inputs = first == last ? QStringLiteral("x[%1]").arg(first) : QStringLiteral("x[%1]–x[%2]").arg(first).arg(last);
    return sumText(co) + (first == last
                              //: Follows a sum like "y[0] = x[0] ⋆ w[0, 0]"; %3 is one input channel like x[2]
                              ? ChannelsPictureText::tr(": y[%1] is in group %2, so only %3 feeds it.")
                              //: Follows a sum like "y[0] = x[0] ⋆ w[0, 0] + …"; %3 is a range of input channels like x[2]–x[3]
                              : ChannelsPictureText::tr(": y[%1] is in group %2, so only %3 feed it."))
                             .arg(co)
                             .arg(g.groupOfOutput(co))
                             .arg(inputs);
}

void ChannelsPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    const double pixel = 1.0 / std::max(gp.scale(), 1e-6);
    const std::int64_t current = highlightedOutput(stepAt(position));

    if (!options.transparentBackground)
        painter.fillRect(bounds_, options.theme.background);
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                           //: The title's second line; groups is the PyTorch argument
                           ChannelsPictureText::tr("channels and groups · %1 → %2 channel(s), groups = %3 · step %4 / %5")
                               .arg(g.in_channels)
                               .arg(g.out_channels)
                               .arg(g.groups)
                               .arg(stepAt(position))
                               .arg(stepCount() - 1));
    paintPanel(gp, current);

    // Group tints come from the element palette (so the colour-blind palette applies), three
    // palette steps apart: neighbouring groups get clearly different hues, none of them the
    // highlight's crimson in the first four groups.
    auto groupTint = [&](std::int64_t group) { return options.palette.color(0, group, 0); };
    if (g.groups > 1)
        for (int group = 0; group < bands_.size(); ++group) {
            const QColor tint = groupTint(group);
            painter.setPen(Qt::NoPen);
            painter.setBrush(GridPainter::withAlpha(tint, 0.08));
            painter.drawRoundedRect(bands_[group], 10, 10);
            gp.text(QRectF(bands_[group].left() + 8, bands_[group].top() + 3, bands_[group].width() - 16, groupHeader_),
                    ChannelsPictureText::tr("group %1").arg(group), tint, Typography::kSmall, true, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
        }

    gp.caption(QPointF(kMargin, captionY_), inputCaption(), true, Typography::kHeading);
    if (showKernels_) {
        // Its own line, right-aligned on the Σ column, above the input and output captions.
        const double w = Typography::width(weightCaption(), Typography::kHeading, true) + 2;
        gp.caption(QPointF(std::max(kMargin, sigmaX_ + sigmaRadius_ - w), weightCaptionY_), weightCaption(), true, Typography::kHeading);
    }
    gp.caption(QPointF(outputX_, captionY_), outputCaption(), true, Typography::kHeading);

    // Wires into the weight slices (or straight into Σ), faint in their group's tint, then the
    // highlighted ones on top; each row's rail carries its terms through Σ into the output.
    const auto& wires = wiring_.wires();
    auto wirePath = [&](std::size_t i) {
        const QPointF a(inputX_ + thumb_, inputY_[static_cast<int>(wires[i].ci)]);
        const QPointF b = wireEnd(static_cast<std::int64_t>(i));
        const double mid = (a.x() + b.x()) / 2;
        QPainterPath path(a);
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
        return path;
    };
    auto rail = [&](std::int64_t co) {
        const double y = outputY_[static_cast<int>(co)];
        return QLineF(showKernels_ ? columnX_.front() : sigmaX_, y, outputX_, y);
    };
    painter.setBrush(Qt::NoBrush);
    const double quiet = wires.size() > 64 ? 0.35 : 0.6;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < wires.size(); ++i) {
            const double e = emphasis(wires[i].co, position);
            if ((pass == 0) != (e <= 0))
                continue;
            const QColor tint = groupTint(wires[i].group);
            painter.setPen(e > 0 ? QPen(GridPainter::mix(tint, theme.highlight, e), (1.4 + 2.6 * e) * pixel)
                                 : QPen(GridPainter::withAlpha(tint, quiet), 1.4 * pixel));
            painter.drawPath(wirePath(i));
        }
        for (std::int64_t co = 0; co < g.out_channels; ++co) {
            const double e = emphasis(co, position);
            if ((pass == 0) != (e <= 0))
                continue;
            const QColor tint = groupTint(g.groupOfOutput(co));
            painter.setPen(QPen(e > 0 ? GridPainter::mix(tint, theme.highlight, e) : tint, (1.6 + 2.4 * e) * pixel));
            painter.drawLine(rail(co));
        }
    }
    if (showKernels_) {
        const Size2 k = g.kernel;
        const std::optional<double> kernelPx = gp.gridTextSize(kernel_ / static_cast<double>(std::max(k.h, k.w)), widestWeight_);
        for (std::size_t i = 0; i < wires.size(); ++i) {
            const QRectF box = kernelRect(static_cast<std::int64_t>(i));
            paintKernel(gp, box, wires[i], groupTint(wires[i].group), kernelPx);
            const double e = emphasis(wires[i].co, position);
            if (e > 0)
                gp.frameRect(box.adjusted(-2, -2, 2, 2), GridPainter::withAlpha(theme.highlight, e), 2.5);
        }
    }
    for (std::int64_t co = 0; co < g.out_channels; ++co) {
        const double e = emphasis(co, position);
        const QColor ink = e > 0 ? GridPainter::mix(groupTint(g.groupOfOutput(co)), theme.highlight, e)
                                 : groupTint(g.groupOfOutput(co));
        const QPointF c = sigmaCentre(co);
        painter.setPen(QPen(ink, 1.5 * pixel));
        painter.setBrush(theme.panel);
        painter.drawEllipse(c, sigmaRadius_, sigmaRadius_);
        gp.text(QRectF(c.x() - sigmaRadius_, c.y() - sigmaRadius_, 2 * sigmaRadius_, 2 * sigmaRadius_), QStringLiteral("Σ"), ink,
                Typography::kSmall, true, Qt::AlignCenter);
    }

    const std::int64_t first = wiring_.firstInputOf(current);
    // Every plane of a kind has the same cells and format: one decision for all of them.
    const std::optional<double> inputPx = g.in_channels > 0 ? gp.gridTextSize(inputPlaneRect(0).width() / static_cast<double>(g.input.w), widestInput_)
                                                            : std::nullopt;
    const std::optional<double> outputPx = g.out_channels > 0 ? gp.gridTextSize(outputPlaneRect(0).width() / static_cast<double>(g.output.w), widestOutput_)
                                                              : std::nullopt;
    const double labelHeight = Typography::lineHeight(Typography::kLabel, true) + 4;
    for (std::int64_t ci = 0; ci < g.in_channels; ++ci) {
        const QRectF box = inputPlaneRect(ci);
        paintPlane(gp, box, ci, true, groupTint(g.groupOfInput(ci)), inputPx);
        const bool feeds = ci >= first && ci < first + g.inPerGroup();
        gp.text(QRectF(kMargin, box.center().y() - labelHeight / 2, inputX_ + thumb_ - box.width() - kMargin - kLabelGap, labelHeight),
                QStringLiteral("x[%1]").arg(ci), feeds ? theme.highlight : theme.text, Typography::kLabel, feeds,
                Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
        if (feeds)
            gp.frameRect(box.adjusted(-2, -2, 2, 2), theme.highlight, 2.5);
    }
    for (std::int64_t co = 0; co < g.out_channels; ++co) {
        const QRectF box = outputPlaneRect(co);
        paintPlane(gp, box, co, false, groupTint(g.groupOfOutput(co)), outputPx);
        const double e = emphasis(co, position);
        gp.text(QRectF(box.right() + kLabelGap, box.center().y() - labelHeight / 2, labelOut_, labelHeight), QStringLiteral("y[%1]").arg(co),
                e > 0.5 ? theme.highlight : theme.text, Typography::kLabel, e > 0.5, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        if (e > 0)
            gp.frameRect(box.adjusted(-3, -3, 3, 3), GridPainter::withAlpha(theme.highlight, e), 3.0);
    }

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

void ChannelsPicture::paintPanel(GridPainter& gp, std::int64_t co) const
{
    const Theme& theme = gp.theme();
    const LayerGeometry& g = record_->geometry();
    QPainter& p = gp.painter();
    p.fillRect(panel_, GridPainter::withAlpha(theme.panel, 0.9));
    gp.frameRect(panel_, theme.grid, 1.0);
    const double left = panel_.left() + 14, inner = panelInner();
    double top = panel_.top() + 8;
    const QString shape = weightShapeText(true);
    double h = Typography::wrappedHeight(shape, Typography::kHeading, true, inner);
    gp.text(QRectF(left, top, inner, h), shape, theme.text, Typography::kHeading, true, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    top += h + 4;
    h = Typography::wrappedHeight(groupsSentence(), Typography::kLabel, false, inner);
    gp.text(QRectF(left, top, inner, h), groupsSentence(), theme.mutedText, Typography::kLabel, false,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    top += h + 10;

    // y[co] = Σ_{ci ∈ group} x[ci] ⋆ w[ci, co'], with a real subscript under the Σ, then the terms.
    const std::int64_t first = wiring_.firstInputOf(co), last = first + g.inPerGroup() - 1;
    QString set = QStringLiteral("ci = %1").arg(first);
    if (last > first && last - first < 4) {
        QStringList members;
        for (std::int64_t ci = first; ci <= last; ++ci)
            members << QString::number(ci);
        set = QStringLiteral("ci ∈ {%1}").arg(members.join(QStringLiteral(", ")));
    } else if (last > first) {
        set = QStringLiteral("ci ∈ {%1, …, %2}").arg(first).arg(last);
    }
    const std::int64_t coInGroup = co - g.groupOfOutput(co) * g.outPerGroup();
    const double line = Typography::lineHeight(Typography::kBody, true);
    auto run = [&](double x, double y, const QString& text, double px, bool bold) {
        const double w = Typography::width(text, px, bold) + 1;
        gp.text(QRectF(x, y, w, Typography::lineHeight(px, bold)), text, theme.highlight, px, bold,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
        return w;
    };
    double x = left;
    x += run(x, top, QStringLiteral("y[%1] = Σ").arg(co), Typography::kBody, true);
    // The subscript hangs below the line's baseline, right of the Σ.
    x += run(x + 1, top + line - Typography::lineHeight(Typography::kSmall) * 0.55, set, Typography::kSmall, false) + 8;
    run(x, top, QStringLiteral("x[ci] ⋆ w[ci, %1]").arg(coInGroup), Typography::kBody, true);
    top += line + 6;
    const QString expanded = expandedSum(co);
    gp.text(QRectF(left, top, inner, Typography::wrappedHeight(expanded, Typography::kCell, false, inner)), expanded, theme.text,
            Typography::kCell, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void ChannelsPicture::paintPlane(GridPainter& gp, const QRectF& box, std::int64_t channel, bool input, const QColor& tint,
                                  std::optional<double> px) const
{
    const LayerGeometry& g = record_->geometry();
    const Size2 size = input ? g.input : g.output;
    const Tensor& values = input ? record_->layer().input : output_;
    const double cell = box.width() / static_cast<double>(size.w);
    // Output planes are shaded by value across the whole output, so planes compare at a glance.
    const float lo = outputRange_.first, hi = outputRange_.second;
    for (std::int64_t y = 0; y < size.h; ++y)
        for (std::int64_t x = 0; x < size.w; ++x) {
            const QRectF r(box.left() + static_cast<double>(x) * cell, box.top() + static_cast<double>(y) * cell, cell, cell);
            const float v = values.at(plane_.n, channel, y, x);
            QColor fill;
            if (input) {
                fill = gp.options().palette.tint(channel, y, x, 0.5);
            } else {
                const double t = hi > lo && std::isfinite(v) ? (v - lo) / (hi - lo) : 0.3;
                fill = GridPainter::mix(gp.theme().panel, tint, 0.12 + 0.6 * t);
            }
            gp.painter().fillRect(r, fill);
            // Element tints are light in both themes (ElementPalette::tint): dark numbers on them.
            if (px)
                gp.cellText(r, (input ? inputFormat_ : outputFormat_).text(v), input ? Theme::light().text : gp.theme().text, *px);
        }
    if (gp.textFits(cell))
        gp.gridLines(GridGeometry{box.topLeft(), size.h, size.w, cell}, gp.theme().grid);
    gp.frameRect(box, gp.theme().gridStrong, 1.2);
}

void ChannelsPicture::paintKernel(GridPainter& gp, const QRectF& box, const ChannelWire& wire, const QColor& tint,
                                   std::optional<double> px) const
{
    const Layer& layer = record_->layer();
    const Size2 k = layer.geometry.kernel;
    const float lo = weightRange_.first, hi = weightRange_.second;
    const double cell = box.width() / static_cast<double>(k.w);
    for (std::int64_t ky = 0; ky < k.h; ++ky)
        for (std::int64_t kx = 0; kx < k.w; ++kx) {
            const QRectF r(box.left() + static_cast<double>(kx) * cell, box.top() + static_cast<double>(ky) * cell, cell, cell);
            const float w = layer.weightAt(wire.ci, wire.coInGroup, ky, kx);
            const double t = hi > lo && std::isfinite(w) ? (w - lo) / (hi - lo) : 0.4;
            gp.painter().fillRect(r, GridPainter::mix(gp.theme().panel, tint, 0.15 + 0.55 * t));
            if (px)
                gp.cellText(r, weightFormat_.text(w), gp.theme().text, *px);
        }
    gp.frameRect(box, tint, 1.5);
}

} // namespace sb
