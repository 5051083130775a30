#include "app/render/views/ChannelsPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/SceneLayout.h"
#include "app/render/views/PictureChrome.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

constexpr double kLabel = 64.0;          // "x[12]" beside a plane
constexpr double kPanelHeight = 96.0;    // the weight-shape and sum panel under the title
constexpr double kGroupGap = 22.0;       // between the blocks of two groups
constexpr double kDiagramHeight = 760.0;
constexpr double kColumnGap = 22.0;      // between the weight slices of one row
constexpr double kSigmaGap = 30.0;       // around the Σ of a row
constexpr double kOutputCaption = 300.0; // room for the output column's caption
constexpr double kMinWidth = 1240.0;

// Wires are cubic Béziers with horizontal ends (control points halfway across), so at a fraction u
// of the way the wire has covered x = 1.5·u·(1 − u) + u³ of the width and turned
// 3u² − 2u³ of the way from its input's height to its end's.
double acrossAt(double u) { return 1.5 * u * (1 - u) + u * u * u; }
double turnedAt(double u) { return 3 * u * u - 2 * u * u * u; }

QString shapeText(const Shape& s) { return QString::fromStdString(formatShape(s)); }
// The smallest and largest finite value, for shading; (0, 0) when there is none.
std::pair<float, float> finiteRange(const std::vector<float>& values)
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

QString wireCount(std::int64_t n) { return QStringLiteral("%1 wire%2").arg(n).arg(n == 1 ? "" : "s"); }

// A run of text at a baseline in the painter's device units; returns its advance, so a formula
// with a subscript can be laid out piece by piece.
double drawRun(QPainter& p, QPointF baseline, const QString& text, double pointSize, bool bold, const QColor& color)
{
    QFont f = p.font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    p.setFont(f);
    p.setPen(color);
    p.drawText(baseline, text);
    return QFontMetricsF(f, p.device()).horizontalAdvance(text);
}

} // namespace

ChannelsPicture::ChannelsPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, ChannelsOptions options)
    : record_(std::move(record)), plane_(plane), options_(options), wiring_(record_->geometry()), output_(record_->output())
{
    outputRange_ = finiteRange(output_.values());
    weightRange_ = finiteRange(record_->layer().weight.values());
    layout();
}

void ChannelsPicture::layout()
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t inPer = wiring_.inPerGroup(), outPer = wiring_.outPerGroup();
    // Each group is a horizontal block tall enough for the longer of its two columns; its inputs
    // and outputs are centred in it, so wires of different groups never cross.
    const std::int64_t slotsPerGroup = std::max(inPer, outPer);
    const double slotCount = static_cast<double>(slotsPerGroup * g.groups);
    const double pitch = std::clamp((kDiagramHeight - kGroupGap * static_cast<double>(g.groups - 1)) / slotCount, 40.0, 150.0);
    thumb_ = std::min(pitch - 10.0, 120.0);

    // The weight slices of output channel co stand in its row, one column per input channel of the
    // group, so a row reads x[ci] ⋆ w[ci, co'] … → Σ → y[co].
    kernel_ = std::min({thumb_ * 0.75, pitch * 0.8, 80.0});
    showKernels_ = wiring_.wireCount() <= options_.maxKernelThumbnails && kernel_ >= 16.0;
    const double columnStep = kernel_ + kColumnGap;
    const double columnsWidth = showKernels_ ? static_cast<double>(inPer) * columnStep - kColumnGap : 0.0;
    sigmaRadius_ = std::clamp(pitch / 3.5, 7.0, 14.0);

    const double top = SceneLayout::kMargin + SceneLayout::kTitle + 12;
    panel_ = QRectF(SceneLayout::kMargin, top, kMinWidth - 2 * SceneLayout::kMargin, kPanelHeight);
    captionY_ = panel_.bottom() + 24 + SceneLayout::kCaption;
    const double diagramTop = captionY_ + 12;

    // The fan of wires takes whatever width the page has left, so the wires spread out.
    inputX_ = SceneLayout::kMargin + kLabel;
    const double fixed = inputX_ + thumb_ + columnsWidth + kSigmaGap + 2 * sigmaRadius_ + kSigmaGap;
    const double rightPart = std::max(thumb_ + kLabel, kOutputCaption) + SceneLayout::kMargin;
    const double fan = std::max(360.0, kMinWidth - rightPart - fixed);
    const double kernelsLeft = inputX_ + thumb_ + fan;
    columnX_.clear();
    for (std::int64_t j = 0; j < inPer && showKernels_; ++j)
        columnX_.append(kernelsLeft + static_cast<double>(j) * columnStep + kernel_ / 2);
    sigmaX_ = kernelsLeft + columnsWidth + kSigmaGap + sigmaRadius_;
    outputX_ = sigmaX_ + sigmaRadius_ + kSigmaGap;

    inputY_.resize(static_cast<int>(g.in_channels));
    outputY_.resize(static_cast<int>(g.out_channels));
    bands_.clear();
    double y = diagramTop;
    for (std::int64_t group = 0; group < g.groups; ++group) {
        const double height = static_cast<double>(slotsPerGroup) * pitch;
        bands_.append(QRectF(SceneLayout::kMargin - 8, y - 6, outputX_ + thumb_ + kLabel - SceneLayout::kMargin + 8,
                             height + 12));
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

    const double width = std::max(outputX_ + rightPart, kMinWidth);
    panel_.setWidth(width - 2 * SceneLayout::kMargin);
    title_ = QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
    footer_ = QRectF(SceneLayout::kMargin, diagramBottom + 32, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, width, footer_.bottom() + SceneLayout::kMargin);
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

QString ChannelsPicture::weightShapeText() const
{
    const LayerGeometry& g = record_->geometry();
    return QStringLiteral("weight %1: %2 input channel%3 × %4 output channel%5 per group × %6×%7 kernel")
        .arg(shapeText(g.weightShape()))
        .arg(g.in_channels)
        .arg(g.in_channels == 1 ? "" : "s")
        .arg(g.outPerGroup())
        .arg(g.outPerGroup() == 1 ? "" : "s")
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
        return QStringLiteral("%1: each output channel sums the %2 input channel%3 of its group, each through its own "
                              "%4×%5 weight slice.")
            .arg(wireCount(wiring_.wireCount()))
            .arg(g.inPerGroup())
            .arg(g.inPerGroup() == 1 ? "" : "s")
            .arg(g.kernel.h)
            .arg(g.kernel.w);
    if (g.groups == 1)
        return sumText(co) + QStringLiteral(": with groups = 1 every input channel feeds it.");
    const std::int64_t first = wiring_.firstInputOf(co), last = first + g.inPerGroup() - 1;
    const QString inputs = first == last ? QStringLiteral("x[%1]").arg(first) : QStringLiteral("x[%1]–x[%2]").arg(first).arg(last);
    return sumText(co) + QStringLiteral(": y[%1] is in group %2, so only %3 feed%4 it.")
                             .arg(co)
                             .arg(g.groupOfOutput(co))
                             .arg(inputs)
                             .arg(first == last ? "s" : "");
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
                           QStringLiteral("channels and groups · %1 → %2 channel(s), groups = %3 · step %4 / %5")
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
            gp.text(QRectF(bands_[group].left() + 8, bands_[group].top() + 2, 200, 18), QStringLiteral("group %1").arg(group),
                    tint, 10.5, true, Qt::AlignLeft | Qt::AlignTop);
        }

    gp.caption(QPointF(SceneLayout::kMargin, captionY_),
               QStringLiteral("input x[%1] · %2 × %3×%4").arg(plane_.n).arg(g.in_channels).arg(g.input.h).arg(g.input.w));
    if (showKernels_)
        gp.text(QRectF(sigmaX_ - 600, captionY_ - 30, 600 + sigmaRadius_, 24),
                QStringLiteral("w[ci, co'] (%1×%2) and Σ per output").arg(g.kernel.h).arg(g.kernel.w), theme.text, 13, true,
                Qt::AlignRight | Qt::AlignBottom);
    gp.caption(QPointF(outputX_, captionY_),
               QStringLiteral("output y[%1] · %2 × %3×%4").arg(plane_.n).arg(g.out_channels).arg(g.output.h).arg(g.output.w));

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
    if (showKernels_)
        for (std::size_t i = 0; i < wires.size(); ++i) {
            const QRectF box = kernelRect(static_cast<std::int64_t>(i));
            paintKernel(gp, box, wires[i], groupTint(wires[i].group));
            const double e = emphasis(wires[i].co, position);
            if (e > 0)
                gp.frameRect(box.adjusted(-2, -2, 2, 2), GridPainter::withAlpha(theme.highlight, e), 2.5);
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
                sigmaRadius_ * 0.8, true, Qt::AlignCenter);
    }

    const std::int64_t first = wiring_.firstInputOf(current);
    for (std::int64_t ci = 0; ci < g.in_channels; ++ci) {
        const QRectF box = inputPlaneRect(ci);
        paintPlane(gp, box, ci, true, groupTint(g.groupOfInput(ci)));
        const bool feeds = ci >= first && ci < first + g.inPerGroup();
        gp.text(QRectF(SceneLayout::kMargin, box.center().y() - 12, kLabel - 8, 24), QStringLiteral("x[%1]").arg(ci),
                feeds ? theme.highlight : theme.text, 11, feeds, Qt::AlignRight | Qt::AlignVCenter);
        if (feeds)
            gp.frameRect(box.adjusted(-2, -2, 2, 2), theme.highlight, 2.5);
    }
    for (std::int64_t co = 0; co < g.out_channels; ++co) {
        const QRectF box = outputPlaneRect(co);
        paintPlane(gp, box, co, false, groupTint(g.groupOfOutput(co)));
        const double e = emphasis(co, position);
        gp.text(QRectF(box.right() + 8, box.center().y() - 12, kLabel, 24), QStringLiteral("y[%1]").arg(co),
                e > 0.5 ? theme.highlight : theme.text, 11, e > 0.5, Qt::AlignLeft | Qt::AlignVCenter);
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
    const double left = panel_.left() + 14;
    gp.text(QRectF(left, panel_.top() + 6, panel_.width() - 28, 26),
            weightShapeText() + QStringLiteral("s"), theme.text, 13, true,
            Qt::AlignLeft | Qt::AlignVCenter);
    QString groups = QStringLiteral("= (in_channels, out_channels / groups, kH, kW) · ");
    if (g.groups == 1)
        groups += QStringLiteral("groups = 1: every input channel feeds every output channel, %1 × %2 = %3")
                     .arg(g.in_channels).arg(g.out_channels).arg(wireCount(wiring_.wireCount()));
    else if (g.groups == g.in_channels)
        groups += QStringLiteral("groups = %1 = in_channels (depthwise): each input channel feeds only its own %2 output "
                                "channel%3, %4")
                     .arg(g.groups).arg(g.outPerGroup()).arg(g.outPerGroup() == 1 ? "" : "s").arg(wireCount(wiring_.wireCount()));
    else
        groups += QStringLiteral("groups = %1: %1 blocks of %2 input → %3 output channels, %4 × %5 / %1 = %6")
                     .arg(g.groups).arg(g.inPerGroup()).arg(g.outPerGroup())
                     .arg(g.in_channels).arg(g.out_channels).arg(wireCount(wiring_.wireCount()));
    gp.text(QRectF(left, panel_.top() + 32, panel_.width() - 28, 24), groups, theme.mutedText, 12, false,
            Qt::AlignLeft | Qt::AlignVCenter);

    // y[co] = Σ_{ci ∈ group} x[ci] ⋆ w[ci, co'] = the terms, with a real subscript under the Σ.
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
    double x = left;
    const double baseline = panel_.top() + 80;
    x += drawRun(p, QPointF(x, baseline), QStringLiteral("y[%1] = Σ").arg(co), 14, true, theme.highlight);
    x += drawRun(p, QPointF(x + 1, baseline + 6), set, 9.5, false, theme.highlight) + 8;
    x += drawRun(p, QPointF(x, baseline), QStringLiteral("x[ci] ⋆ w[ci, %1]").arg(coInGroup), 14, true, theme.highlight);
    const QString expanded = sumText(co).section(QStringLiteral(" = "), 1);
    drawRun(p, QPointF(x, baseline), QStringLiteral("  =  ") + expanded, 13, false, theme.text);
}

void ChannelsPicture::paintPlane(GridPainter& gp, const QRectF& box, std::int64_t channel, bool input, const QColor& tint) const
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
            gp.cellText(r, formatValue(v), input ? Theme::light().text : gp.theme().text);
        }
    if (gp.textFits(cell))
        gp.gridLines(GridGeometry{box.topLeft(), size.h, size.w, cell}, gp.theme().grid);
    gp.frameRect(box, gp.theme().gridStrong, 1.2);
}

void ChannelsPicture::paintKernel(GridPainter& gp, const QRectF& box, const ChannelWire& wire, const QColor& tint) const
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
            gp.cellText(r, formatValue(w), gp.theme().text);
        }
    gp.frameRect(box, tint, 1.5);
}

} // namespace sb
