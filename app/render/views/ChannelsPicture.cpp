// SPDX-License-Identifier: MIT
#include "app/render/views/ChannelsPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
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
    ChannelsLayout::Texts texts;
    texts.title = moduleCall(g, record_->layer().hasBias());
    texts.inputCaption = inputCaption();
    texts.outputCaption = outputCaption();
    texts.weightShape = weightShapeText(true);
    texts.groups = groupsSentence();
    for (std::int64_t co = 0; co < g.out_channels; ++co)
        texts.sums << expandedSum(co);
    texts.widestInput = widestInput_;
    texts.widestOutput = widestOutput_;
    texts.widestWeight = widestWeight_;
    layout_ = ChannelsLayout(g, wiring_, options_.maxKernelThumbnails, texts);
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
    return layout_.inputPlaneRect(ci);
}
QRectF ChannelsPicture::outputPlaneRect(std::int64_t co) const
{
    return layout_.outputPlaneRect(co);
}
QRectF ChannelsPicture::kernelRect(std::int64_t wire) const
{
    return layout_.kernelRect(wiring_.wires()[static_cast<std::size_t>(wire)]);
}
QPointF ChannelsPicture::wireEnd(std::int64_t wire) const
{
    return layout_.wireEnd(wiring_.wires()[static_cast<std::size_t>(wire)]);
}
QPointF ChannelsPicture::sigmaCentre(std::int64_t co) const
{
    return layout_.sigmaCentre(co);
}

QPointF ChannelsPicture::wirePoint(std::int64_t wire, double u) const
{
    return layout_.wirePoint(wiring_.wires()[static_cast<std::size_t>(wire)], u);
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

// One frame's painting, section by section over the layout (as EquivalentPicture's painter).
class ChannelsPicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const ChannelsPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position, Edges::Smooth), pic_(picture), L_(picture.layout_),
          g_(picture.record_->geometry()), pixel_(1.0 / std::max(gp_.scale(), 1e-6)),
          current_(picture.highlightedOutput(picture.stepAt(position)))
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        paintPanel();
        paintGroups();
        paintCaptions();
        paintWires();
        paintKernels();
        paintSigmas();
        paintInputs();
        paintOutputs();
        paintNarration(pic_, L_.footerRect());
    }

private:
    // Group tints come from the element palette (so the colour-blind palette applies), three
    // palette steps apart: neighbouring groups get clearly different hues, none of them the
    // highlight's crimson in the first four groups.
    QColor groupTint(std::int64_t group) const { return o_.palette.color(0, group, 0); }
    double emphasis(std::int64_t co) const { return pic_.emphasis(co, position_); }
    double labelHeight() const { return Typography::lineHeight(Typography::kLabel, true) + 4; }

    // ---- sections ----------------------------------------------------------------------------
    void paintTitle()
    {
        PictureChrome::paintTitle(
            gp_, L_.titleRect(), moduleCall(g_, pic_.record_->layer().hasBias()),
            //: The title's second line; groups is the PyTorch argument
            ChannelsPictureText::tr("channels and groups · %1 → %2 channel(s), groups = %3 · step %4 / %5")
                .arg(g_.in_channels)
                .arg(g_.out_channels)
                .arg(g_.groups)
                .arg(pic_.stepAt(position_))
                .arg(pic_.stepCount() - 1));
    }

    // The weight's shape, the groups sentence and the highlighted output's sum, written out.
    void paintPanel()
    {
        const std::int64_t co = current_;
        const QRectF panel = L_.panelRect();
        p_.fillRect(panel, GridPainter::withAlpha(theme_.panel, 0.9));
        gp_.frameRect(panel, theme_.grid, 1.0);
        const double left = panel.left() + 14, inner = L_.panelInner();
        double top = panel.top() + 8;
        const QString shape = pic_.weightShapeText(true);
        double h = Typography::wrappedHeight(shape, Typography::kHeading, true, inner);
        gp_.text(QRectF(left, top, inner, h), shape, theme_.text, Typography::kHeading, true,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        top += h + 4;
        h = Typography::wrappedHeight(pic_.groupsSentence(), Typography::kLabel, false, inner);
        gp_.text(QRectF(left, top, inner, h), pic_.groupsSentence(), theme_.mutedText, Typography::kLabel, false,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        top += h + 10;

        // y[co] = Σ_{ci ∈ group} x[ci] ⋆ w[ci, co'], with a real subscript under the Σ, then the terms.
        const std::int64_t first = pic_.wiring_.firstInputOf(co), last = first + g_.inPerGroup() - 1;
        QString set = QStringLiteral("ci = %1").arg(first);
        if (last > first && last - first < 4) {
            QStringList members;
            for (std::int64_t ci = first; ci <= last; ++ci)
                members << QString::number(ci);
            set = QStringLiteral("ci ∈ {%1}").arg(members.join(QStringLiteral(", ")));
        } else if (last > first) {
            set = QStringLiteral("ci ∈ {%1, …, %2}").arg(first).arg(last);
        }
        const std::int64_t coInGroup = co - g_.groupOfOutput(co) * g_.outPerGroup();
        const double line = Typography::lineHeight(Typography::kBody, true);
        auto run = [&](double x, double y, const QString& text, double px, bool bold) {
            const double w = Typography::width(text, px, bold) + 1;
            gp_.text(QRectF(x, y, w, Typography::lineHeight(px, bold)), text, theme_.highlight, px, bold,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
            return w;
        };
        double x = left;
        x += run(x, top, QStringLiteral("y[%1] = Σ").arg(co), Typography::kBody, true);
        // The subscript hangs below the line's baseline, right of the Σ.
        x += run(x + 1, top + line - Typography::lineHeight(Typography::kSmall) * 0.55, set, Typography::kSmall, false)
             + 8;
        run(x, top, QStringLiteral("x[ci] ⋆ w[ci, %1]").arg(coInGroup), Typography::kBody, true);
        top += line + 6;
        const QString expanded = pic_.expandedSum(co);
        gp_.text(QRectF(left, top, inner, Typography::wrappedHeight(expanded, Typography::kCell, false, inner)),
                 expanded, theme_.text, Typography::kCell, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    }

    void paintGroups()
    {
        if (g_.groups <= 1)
            return;
        const QVector<QRectF>& bands = L_.groupBands();
        for (int group = 0; group < bands.size(); ++group) {
            const QColor tint = groupTint(group);
            p_.setPen(Qt::NoPen);
            p_.setBrush(GridPainter::withAlpha(tint, 0.08));
            p_.drawRoundedRect(bands[group], 10, 10);
            gp_.text(
                QRectF(bands[group].left() + 8, bands[group].top() + 3, bands[group].width() - 16, L_.groupHeader()),
                ChannelsPictureText::tr("group %1").arg(group), tint, Typography::kSmall, true,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
        }
    }

    void paintCaptions()
    {
        const double margin = PictureChrome::kMargin;
        gp_.caption(QPointF(margin, L_.captionY()), pic_.inputCaption(), true, Typography::kHeading);
        if (L_.showsKernels()) {
            // Its own line, right-aligned on the Σ column, above the input and output captions.
            const double w = Typography::width(pic_.weightCaption(), Typography::kHeading, true) + 2;
            gp_.caption(QPointF(std::max(margin, L_.sigmaX() + L_.sigmaRadius() - w), L_.weightCaptionY()),
                        pic_.weightCaption(), true, Typography::kHeading);
        }
        gp_.caption(QPointF(L_.outputsLeft(), L_.captionY()), pic_.outputCaption(), true, Typography::kHeading);
    }

    // Wires into the weight slices (or straight into Σ), faint in their group's tint, then the
    // highlighted ones on top; each row's rail carries its terms through Σ into the output.
    void paintWires()
    {
        const auto& wires = pic_.wiring_.wires();
        auto wirePath = [&](const ChannelWire& wire) {
            const QPointF a = L_.wireStart(wire);
            const QPointF b = L_.wireEnd(wire);
            const double mid = (a.x() + b.x()) / 2;
            QPainterPath path(a);
            path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
            return path;
        };
        p_.setBrush(Qt::NoBrush);
        const double quiet = wires.size() > 64 ? 0.35 : 0.6;
        for (int pass = 0; pass < 2; ++pass) {
            for (const ChannelWire& wire : wires) {
                const double e = emphasis(wire.co);
                if ((pass == 0) != (e <= 0))
                    continue;
                const QColor tint = groupTint(wire.group);
                p_.setPen(e > 0 ? QPen(GridPainter::mix(tint, theme_.highlight, e), (1.4 + 2.6 * e) * pixel_)
                                : QPen(GridPainter::withAlpha(tint, quiet), 1.4 * pixel_));
                p_.drawPath(wirePath(wire));
            }
            for (std::int64_t co = 0; co < g_.out_channels; ++co) {
                const double e = emphasis(co);
                if ((pass == 0) != (e <= 0))
                    continue;
                const QColor tint = groupTint(g_.groupOfOutput(co));
                p_.setPen(QPen(e > 0 ? GridPainter::mix(tint, theme_.highlight, e) : tint, (1.6 + 2.4 * e) * pixel_));
                p_.drawLine(L_.rail(co));
            }
        }
    }

    // The weight slice on each wire, shaded by value across the whole weight.
    void paintKernels()
    {
        if (!L_.showsKernels())
            return;
        const std::optional<double> px = gp_.gridTextSize(L_.kernelCell(), pic_.widestWeight_);
        const Layer& layer = pic_.record_->layer();
        const Size2 k = layer.geometry.kernel;
        const float lo = pic_.weightRange_.first, hi = pic_.weightRange_.second;
        for (const ChannelWire& wire : pic_.wiring_.wires()) {
            const QRectF box = L_.kernelRect(wire);
            const QColor tint = groupTint(wire.group);
            const double cell = box.width() / static_cast<double>(k.w);
            for (std::int64_t ky = 0; ky < k.h; ++ky)
                for (std::int64_t kx = 0; kx < k.w; ++kx) {
                    const QRectF r(box.left() + static_cast<double>(kx) * cell,
                                   box.top() + static_cast<double>(ky) * cell, cell, cell);
                    const float w = layer.weightAt(wire.ci, wire.coInGroup, ky, kx);
                    const double t = hi > lo && std::isfinite(w) ? (w - lo) / (hi - lo) : 0.4;
                    p_.fillRect(r, GridPainter::mix(theme_.panel, tint, 0.15 + 0.55 * t));
                    if (px)
                        gp_.cellText(r, pic_.weightFormat_.text(w), theme_.text, *px);
                }
            gp_.frameRect(box, tint, 1.5);
            const double e = emphasis(wire.co);
            if (e > 0)
                gp_.frameRect(box.adjusted(-2, -2, 2, 2), GridPainter::withAlpha(theme_.highlight, e), 2.5);
        }
    }

    void paintSigmas()
    {
        for (std::int64_t co = 0; co < g_.out_channels; ++co) {
            const double e = emphasis(co);
            const QColor ink = e > 0 ? GridPainter::mix(groupTint(g_.groupOfOutput(co)), theme_.highlight, e)
                                     : groupTint(g_.groupOfOutput(co));
            const QPointF c = L_.sigmaCentre(co);
            const double r = L_.sigmaRadius();
            p_.setPen(QPen(ink, 1.5 * pixel_));
            p_.setBrush(theme_.panel);
            p_.drawEllipse(c, r, r);
            gp_.text(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), QStringLiteral("Σ"), ink, Typography::kSmall, true,
                     Qt::AlignCenter);
        }
    }

    // The input planes, the group of the highlighted output framed.
    void paintInputs()
    {
        const std::int64_t first = pic_.wiring_.firstInputOf(current_);
        const std::optional<double> px = planeTextSize(true);
        for (std::int64_t ci = 0; ci < g_.in_channels; ++ci) {
            const QRectF box = L_.inputPlaneRect(ci);
            paintPlane(box, ci, true, groupTint(g_.groupOfInput(ci)), px);
            const bool feeds = ci >= first && ci < first + g_.inPerGroup();
            gp_.text(L_.inputLabelRect(ci, labelHeight()), QStringLiteral("x[%1]").arg(ci),
                     feeds ? theme_.highlight : theme_.text, Typography::kLabel, feeds,
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
            if (feeds)
                gp_.frameRect(box.adjusted(-2, -2, 2, 2), theme_.highlight, 2.5);
        }
    }

    // The output planes, shaded by value across the whole output; the highlighted one framed.
    void paintOutputs()
    {
        const std::optional<double> px = planeTextSize(false);
        for (std::int64_t co = 0; co < g_.out_channels; ++co) {
            const QRectF box = L_.outputPlaneRect(co);
            paintPlane(box, co, false, groupTint(g_.groupOfOutput(co)), px);
            const double e = emphasis(co);
            gp_.text(L_.outputLabelRect(co, labelHeight()), QStringLiteral("y[%1]").arg(co),
                     e > 0.5 ? theme_.highlight : theme_.text, Typography::kLabel, e > 0.5,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
            if (e > 0)
                gp_.frameRect(box.adjusted(-3, -3, 3, 3), GridPainter::withAlpha(theme_.highlight, e), 3.0);
        }
    }

    // Every plane of a kind (input or output) has the same cells and format: one decision for all.
    std::optional<double> planeTextSize(bool input) const
    {
        if ((input ? g_.in_channels : g_.out_channels) <= 0)
            return std::nullopt;
        const QRectF first = input ? L_.inputPlaneRect(0) : L_.outputPlaneRect(0);
        return gp_.gridTextSize(first.width() / static_cast<double>(input ? g_.input.w : g_.output.w),
                                input ? pic_.widestInput_ : pic_.widestOutput_);
    }

    void paintPlane(const QRectF& box, std::int64_t channel, bool input, const QColor& tint, std::optional<double> px)
    {
        const Size2 size = input ? g_.input : g_.output;
        const Tensor& values = input ? pic_.record_->layer().input : pic_.output_;
        const double cell = box.width() / static_cast<double>(size.w);
        // Output planes are shaded by value across the whole output, so planes compare at a glance.
        const float lo = pic_.outputRange_.first, hi = pic_.outputRange_.second;
        for (std::int64_t y = 0; y < size.h; ++y)
            for (std::int64_t x = 0; x < size.w; ++x) {
                const QRectF r(box.left() + static_cast<double>(x) * cell, box.top() + static_cast<double>(y) * cell,
                               cell, cell);
                const float v = values.at(pic_.plane_.n, channel, y, x);
                QColor fill;
                if (input) {
                    fill = o_.palette.tint(channel, y, x, 0.5);
                } else {
                    const double t = hi > lo && std::isfinite(v) ? (v - lo) / (hi - lo) : 0.3;
                    fill = GridPainter::mix(theme_.panel, tint, 0.12 + 0.6 * t);
                }
                p_.fillRect(r, fill);
                // Element tints are light in both themes (ElementPalette::tint): dark numbers on them.
                if (px)
                    gp_.cellText(r, (input ? pic_.inputFormat_ : pic_.outputFormat_).text(v),
                                 input ? Theme::light().text : theme_.text, *px);
            }
        if (gp_.textFits(cell))
            gp_.gridLines(GridGeometry{box.topLeft(), size.h, size.w, cell}, theme_.grid);
        gp_.frameRect(box, theme_.gridStrong, 1.2);
    }

    const ChannelsPicture& pic_;
    const ChannelsLayout& L_;
    const LayerGeometry& g_;
    const double pixel_;          // one device pixel, in world units
    const std::int64_t current_;  // the output channel the step highlights
};

void ChannelsPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}
} // namespace sb
