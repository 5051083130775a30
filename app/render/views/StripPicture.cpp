// SPDX-License-Identifier: MIT
#include "app/render/views/StripPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "core/OverlapAnalysis.h"
#include "core/OverlapMap.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace sb {

namespace {

// Element tints are light in both themes (ElementPalette::tint), so numbers on them are dark.
const QColor& inkOnTint()
{
    static const QColor ink = Theme::light().text;
    return ink;
}

} // namespace

StripPicture::StripPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{
    const LayerGeometry& g = record_->geometry();
    ci_ = g.firstInputOfOutput(plane.co);
    ky_ = g.kernel.h / 2;
    coInGroup_ = plane.co % g.outPerGroup();
    // A 1-D layer is drawn whole: every input channel of the group adds its strips to y[co].
    channels_ = {ci_};
    if (isLayerRow())
        for (std::int64_t c = 1; c < g.inPerGroup(); ++c)
            channels_.push_back(ci_ + c);
    const std::int64_t full = g.full().w;
    extent_ = std::max(full, g.padding.w + g.output.w);
    fullSums_.assign(static_cast<std::size_t>(full), 0.0f);
    fullCounts_.assign(static_cast<std::size_t>(full), 0);
    for (std::int64_t f = 0; f < full; ++f)
        fullCounts_[static_cast<std::size_t>(f)] = axisOverlap(f, g.input.w, g.kernel.w, g.stride.w, g.dilation.w)
                                                   * static_cast<std::int32_t>(channels_.size());
    // Summed in element order, as the stacked strips add up, in float like the record.
    for (std::int64_t e = 0; e < elementCount(); ++e)
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
            fullSums_[static_cast<std::size_t>(g.fullX(indexOf(e), kx))] += productOf(e, kx);
    layout();
}

bool StripPicture::isLayerRow() const
{
    const LayerGeometry& g = record_->geometry();
    return g.input.h == 1 && g.kernel.h == 1;
}

std::int64_t StripPicture::elementCount() const
{
    return static_cast<std::int64_t>(channels_.size()) * record_->geometry().input.w;
}

std::int64_t StripPicture::channelOf(std::int64_t element) const
{
    const std::int64_t w = std::max<std::int64_t>(record_->geometry().input.w, 1);
    return channels_[static_cast<std::size_t>(std::clamp<std::int64_t>(element / w, 0, static_cast<std::int64_t>(channels_.size()) - 1))];
}

std::int64_t StripPicture::indexOf(std::int64_t element) const
{
    return element % std::max<std::int64_t>(record_->geometry().input.w, 1);
}

float StripPicture::productOf(std::int64_t element, std::int64_t kx) const
{
    // Contributions of one element are stored (co-in-group, ky, kx) within its run.
    const LayerGeometry& g = record_->geometry();
    const ContributionRange range = record_->fromInput(plane_.n, channelOf(element), 0, indexOf(element));
    return record_->values()[static_cast<std::size_t>(range.begin + (coInGroup_ * g.kernel.h + ky_) * g.kernel.w + kx)];
}

std::vector<float> StripPicture::outputValues() const
{
    const LayerGeometry& g = record_->geometry();
    std::vector<float> out(static_cast<std::size_t>(g.output.w), 0.0f);
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const std::int64_t f = ox + g.padding.w;  // padding crops p cells off the left
        if (f < static_cast<std::int64_t>(fullSums_.size()))
            out[static_cast<std::size_t>(ox)] = fullSums_[static_cast<std::size_t>(f)];
    }
    return out;
}

std::vector<std::int32_t> StripPicture::outputOverlap() const
{
    const LayerGeometry& g = record_->geometry();
    std::vector<std::int32_t> out(static_cast<std::size_t>(g.output.w), 0);
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const std::int64_t f = ox + g.padding.w;
        if (f < static_cast<std::int64_t>(fullCounts_.size()))
            out[static_cast<std::size_t>(ox)] = fullCounts_[static_cast<std::size_t>(f)];
    }
    return out;
}

QString StripPicture::titleText() const
{
    return moduleCall(record_->geometry(), record_->layer().hasBias());
}

QString StripPicture::countLabel() const
{
    //: Label of the row counting how many contributions land in each cell.
    return tr("contributions per cell");
}

QString StripPicture::sumLabel() const
{
    //: Label of the row holding the sum of the strips.
    return tr("sum");
}

QString StripPicture::outputLabel() const
{
    //: Label of the output row; %1 is the output channel, as in y[0].
    return tr("y[%1] row").arg(plane_.co);
}

QString StripPicture::inputCaptionText() const
{
    if (channels_.size() > 1)
        //: One row per input channel of the group; %1 values in each.
        return tr("input rows x[c, :], the group's channels  (%1 values each)").arg(record_->geometry().input.w);
    return tr("input row x[0, :]  (%1 values)").arg(record_->geometry().input.w);
}

QString StripPicture::stripsCaptionText(bool dilation) const
{
    const LayerGeometry& g = record_->geometry();
    if (dilation)
        return tr("each value times the kernel row, %1 apart (stride), taps %2 apart (dilation)").arg(g.stride.w).arg(g.dilation.w);
    return tr("each value times the kernel row, %1 apart (stride)").arg(g.stride.w);
}

QString StripPicture::sumCaptionText() const
{
    //: The full row is the uncropped buffer: the sum of the strips before padding crops it.
    return tr("full row = Σ strips  (%1 cells, before the crop)").arg(record_->geometry().full().w);
}

QString StripPicture::outputCaptionText(bool crop, bool bias) const
{
    const LayerGeometry& g = record_->geometry();
    if (crop && bias)
        return tr("output row  (%1 cells): padding = %2 crops %2 from each side, bias not added").arg(g.output.w).arg(g.padding.w);
    if (crop)
        return tr("output row  (%1 cells): padding = %2 crops %2 from each side").arg(g.output.w).arg(g.padding.w);
    if (bias)
        return tr("output row  (%1 cells), bias not added").arg(g.output.w);
    return tr("output row  (%1 cells)").arg(g.output.w);
}

QString StripPicture::elementLabel(std::int64_t element) const
{
    const LayerGeometry& g = record_->geometry();
    const std::int64_t ci = channelOf(element), ix = indexOf(element);
    const QString name = g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][0,%2]").arg(ci).arg(ix) : QStringLiteral("x[0,%1]").arg(ix);
    return name + QStringLiteral(" = ") + inputFormat_.text(record_->layer().input.at(plane_.n, ci, 0, ix)) + QStringLiteral(" · w");
}

void StripPicture::layout()
{
    const LayerGeometry& g = record_->geometry();
    const Layer& layer = record_->layer();
    // One format per row: the values each row writes (the sum row's partial sums too, as the
    // strips land one by one).
    std::vector<double> inputs, kernel, products, sums, outputs;
    for (std::int64_t ci : channels_) {
        for (std::int64_t ix = 0; ix < g.input.w; ++ix)
            inputs.push_back(layer.input.at(plane_.n, ci, 0, ix));
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
            kernel.push_back(layer.weightAt(ci, coInGroup_, ky_, kx));
    }
    std::vector<double> partial(fullSums_.size(), 0.0);
    for (std::int64_t e = 0; e < elementCount(); ++e)
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
            const float v = productOf(e, kx);
            products.push_back(v);
            double& s = partial[static_cast<std::size_t>(g.fullX(indexOf(e), kx))];
            s += v;
            sums.push_back(s);
        }
    for (float v : outputValues())
        outputs.push_back(v);
    inputFormat_ = NumberFormat::forValues(inputs);
    kernelFormat_ = NumberFormat::forValues(kernel);
    productFormat_ = NumberFormat::forValues(products);
    sumFormat_ = NumberFormat::forValues(sums);
    widestSum_ = sumFormat_.widest(sums);
    outputFormat_ = NumberFormat::forValues(outputs);

    StripLayout::Texts texts;
    texts.title = titleText();
    for (std::int64_t e = 0; e < elementCount(); ++e)
        texts.labels << elementLabel(e);
    texts.labels << countLabel() << sumLabel() << outputLabel();
    texts.inputCaption = inputCaptionText();
    texts.kernelCaption = tr("kernel row w[%1, %2][%3, :]").arg(ci_).arg(coInGroup_).arg(ky_);
    // The captions' longest variants measure the room.
    texts.stripsCaption = stripsCaptionText(true);
    texts.sumCaption = sumCaptionText();
    texts.outputCaption = outputCaptionText(true, true);
    texts.widest = {inputFormat_.widest(inputs), kernelFormat_.widest(kernel),  productFormat_.widest(products),
                    sumFormat_.widest(sums),     outputFormat_.widest(outputs), mostCountText()};
    layout_ = StripLayout(g, static_cast<std::int64_t>(channels_.size()), elementCount(), extent_, texts);
}

QString StripPicture::mostCountText() const
{
    std::int32_t most = 0;
    for (std::int32_t c : fullCounts_)
        most = std::max(most, c);
    return QStringLiteral("×%1").arg(most);
}

double StripPicture::strength(std::int64_t element, double position) const
{
    // Each element scatters at its own step, element + 1.
    return std::clamp(position - static_cast<double>(element), 0.0, 1.0);
}

QString StripPicture::narration(qint64 step) const
{
    const LayerGeometry& g = record_->geometry();
    const Tensor& x = record_->layer().input;
    const std::int64_t last = stepCount() - 1;
    step = std::clamp<qint64>(step, 0, last);
    if (step == 0) {
        if (isLayerRow())
            return tr("The layer is 1-D (H = 1): its row of %1 values; each value scatters a scaled copy of the kernel row, "
                      "stride %2 apart.")
                .arg(g.input.w)
                .arg(g.stride.w);
        //: %1 is the number of values, %2 the input channel, %3 the kernel row's index, %4 the stride.
        return tr("1-D slice: row 0 of x[c=%2] (%1 values) with the kernel's middle row ky = %3; each value scatters a scaled "
                  "copy of the kernel row, stride %4 apart.")
            .arg(g.input.w)
            .arg(ci_)
            .arg(ky_)
            .arg(g.stride.w);
    }
    if (step < last) {
        const std::int64_t ci = channelOf(step - 1), ix = indexOf(step - 1);
        const QString name = g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][0,%2]").arg(ci).arg(ix) : QStringLiteral("x[0,%1]").arg(ix);
        //: %1 = %2 is an input element and its value, like x[0,2] = 0.5; %3–%4 cells of the full (uncropped) row.
        const QString sentence = tr("%1 = %2 scatters %2·w into cells %3–%4 of the full row")
                                     .arg(name, NumberFormat::plain(x.at(plane_.n, ci, 0, ix)))
                                     .arg(g.fullX(ix, 0))
                                     .arg(g.fullX(ix, g.kernel.w - 1));
        QStringList why;
        if (ix > 0)
            why << (g.stride.w == 1 ? tr("stride 1: 1 cell right of x[0,%1]").arg(ix - 1)
                                    : tr("stride %1: %1 cells right of x[0,%2]").arg(g.stride.w).arg(ix - 1));
        if (g.dilation.w > 1)
            why << tr("dilation %1: taps %1 apart").arg(g.dilation.w);
        if (why.isEmpty())
            //: Ends a sentence: %1 is the sentence without its full stop.
            return tr("%1.").arg(sentence);
        //: Separator between the reasons in brackets: "stride 2: 2 cells right of x[0,0]; dilation 2: taps 2 apart".
        const QString reasons = why.join(tr("; "));
        //: A sentence (%1) with its reasons in brackets (%2), then its full stop.
        return tr("%1 (%2).").arg(sentence, reasons);
    }
    // Overlap rises and falls with stride's rhythm when the kernel's reach is not a multiple of
    // it (Distill's checkerboard), and is flat in the interior when it is.
    const auto [lo, hi] = std::minmax_element(fullCounts_.begin(), fullCounts_.end());
    // Core decides whether the interior is even (with dilation too); the strip is the W axis.
    const OverlapAnalysis overlap(g);
    if (overlap.evenColumns()) {
        // Per input channel; every channel drawn adds as many.
        const std::int32_t each = (overlap.columnPattern().empty() ? 0 : overlap.columnPattern().front())
                                  * static_cast<std::int32_t>(channels_.size());
        //: %3 is the kernel's width; %4 is empty or " (dilation 2)".
        return tr("Summed: %1 contributions per cell all through the interior, since every offset within stride %2 "
                  "receives as many of kernel %3's taps%4: no checkerboard.")
            .arg(each).arg(g.stride.w).arg(g.kernel.w)
            //: Inserted after "kernel 3's taps"; keep the leading space.
            .arg(g.dilation.w > 1 ? tr(" (dilation %1)").arg(g.dilation.w) : QString());
    }
    return tr("Summed: %1 to %2 contributions per cell, rising and falling with the stride: the checkerboard in 1-D.")
        .arg(*lo).arg(*hi);
}

// One frame's painting, section by section over the layout (as EquivalentPicture's painter).
class StripPicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const StripPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), L_(picture.layout_), g_(picture.record_->geometry()),
          cell_(L_.cell()), full_(g_.full().w), elements_(picture.elementCount()),
          finish_(std::clamp(position - static_cast<double>(elements_), 0.0, 1.0)), rowLabels_(L_.rowLabels())
    {
        // Values row by row: input and kernel per channel drawn, products per strip.
        const Tensor& x = pic_.record_->layer().input;
        for (std::int64_t ci : pic_.channels_) {
            for (std::int64_t ix = 0; ix < g_.input.w; ++ix)
                inputs_.push_back(x.at(pic_.plane_.n, ci, 0, ix));
            for (std::int64_t kx = 0; kx < g_.kernel.w; ++kx)
                kernel_.push_back(pic_.record_->layer().weightAt(ci, pic_.coInGroup_, pic_.ky_, kx));
        }
        for (std::int64_t e = 0; e < elements_; ++e)
            for (std::int64_t kx = 0; kx < g_.kernel.w; ++kx)
                products_.push_back(pic_.productOf(e, kx));
        out_ = pic_.outputValues();
        for (float v : out_)
            outputs_.push_back(v);
        // Each grid decides once whether its numbers fit (all or none), in its own format.
        inputPx_ = sizeFor(pic_.inputFormat_, inputs_);
        kernelPx_ = sizeFor(pic_.kernelFormat_, kernel_);
        productPx_ = sizeFor(pic_.productFormat_, products_);
        sumPx_ = gp_.gridTextSize(cell_, pic_.widestSum_, true);
        outputPx_ = sizeFor(pic_.outputFormat_, outputs_);
        countPx_ = gp_.gridTextSize(std::min(cell_, L_.countHeight()), pic_.mostCountText(), true);
    }

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        paintInputRows();
        paintKernelRows();
        paintStrips();
        paintSum();
        paintCrop();
        paintOutput();
        paintNarration(pic_, L_.footerRect());
    }

private:
    std::optional<double> sizeFor(const NumberFormat& f, const std::vector<double>& values)
    {
        return gp_.gridTextSize(cell_, f.widest(values), true);
    }
    // Without numbers, value rows are shaded by value (a heat-map), so they still differ.
    QColor valueShade(double v, const std::vector<double>& all) const
    {
        const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
        const double t = all.empty() || *hi <= *lo || !std::isfinite(v) ? 0.0 : (v - *lo) / (*hi - *lo);
        return GridPainter::mix(theme_.panel, theme_.text, 0.08 + 0.6 * t);
    }
    void rowLabel(double top, double height, const QString& text, const QColor& color, bool bold = true)
    {
        gp_.text(L_.labelRect(top, height), text, color, Typography::kLabel, bold,
                 Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
    }
    double stripsBottom() const { return L_.stripCellRect(elements_ - 1, 0).bottom(); }

    // ---- sections ----------------------------------------------------------------------------
    void paintTitle()
    {
        const QString slice =
            pic_.isLayerRow()
                ? StripPicture::tr("1-D: the layer's row")
                : StripPicture::tr(
                      "1-D slice: row 0 of x[c=%1] with the kernel's middle row ky = %2 (ConvTranspose1d along W)")
                      .arg(pic_.ci_)
                      .arg(pic_.ky_);
        PictureChrome::paintTitle(
            gp_, L_.titleRect(), pic_.titleText(),
            //: The title's step counter: step 3 of 15.
            slice + QStringLiteral(" · ")
                + StripPicture::tr("step %1 / %2").arg(pic_.stepAt(position_)).arg(pic_.stepCount() - 1));
    }

    // Input rows, one per input channel drawn, the element scattering framed in its colour.
    void paintInputRows()
    {
        gp_.caption(QPointF(L_.rowsLeft(), L_.inputTop()), pic_.inputCaptionText(), true, Typography::kHeading);
        const auto& channels = pic_.channels_;
        for (std::size_t row = 0; row < channels.size(); ++row) {
            const std::int64_t ci = channels[row];
            const auto first = static_cast<std::int64_t>(row) * g_.input.w;  // the row's first element
            for (std::int64_t ix = 0; ix < g_.input.w; ++ix) {
                const QRectF r = L_.inputCellRect(ix, row);
                p_.fillRect(r, o_.palette.tint(ci, 0, ix, 0.22 + 0.5 * pic_.strength(first + ix, position_)));
                if (inputPx_)
                    gp_.cellText(r, pic_.inputFormat_.text(inputs_[static_cast<std::size_t>(first + ix)]), inkOnTint(),
                                 *inputPx_);
            }
            const QPointF rowTop = L_.inputCellRect(0, row).topLeft();
            gp_.gridLines(GridGeometry{rowTop, 1, g_.input.w, cell_}, theme_.grid);
            gp_.frameRect(QRectF(rowTop, QSizeF(static_cast<double>(g_.input.w) * cell_, cell_)), theme_.gridStrong,
                          1.5);
            if (channels.size() > 1 && rowLabels_)
                rowLabel(rowTop.y(), cell_, QStringLiteral("x[c=%1]").arg(ci), theme_.text);
        }
        const auto active = static_cast<std::int64_t>(std::ceil(position_)) - 1;
        if (active >= 0 && active < elements_)
            gp_.frameRect(L_.inputCellRect(pic_.indexOf(active),
                                           static_cast<std::size_t>(active / std::max<std::int64_t>(g_.input.w, 1)))
                              .adjusted(1, 1, -1, -1),
                          o_.palette.color(pic_.channelOf(active), 0, pic_.indexOf(active)), 3.5);
    }

    // One kernel row per input channel drawn: w[c, co] beside x[c].
    void paintKernelRows()
    {
        gp_.caption(
            QPointF(L_.kernelLeft(), L_.inputTop()),
            g_.kernel.h == 1
                ? StripPicture::tr("kernel w[%1, %2]")
                      .arg(pic_.channels_.size() > 1 ? QStringLiteral("c") : QString::number(pic_.ci_),
                           QString::number(pic_.coInGroup_))
                : StripPicture::tr("kernel row w[%1, %2][%3, :]").arg(pic_.ci_).arg(pic_.coInGroup_).arg(pic_.ky_),
            true, Typography::kHeading);
        for (std::size_t row = 0; row < pic_.channels_.size(); ++row) {
            for (std::int64_t kx = 0; kx < g_.kernel.w; ++kx) {
                const QRectF r = L_.kernelCellRect(kx, row);
                const double v = kernel_[row * static_cast<std::size_t>(g_.kernel.w) + static_cast<std::size_t>(kx)];
                p_.fillRect(r, kernelPx_ ? theme_.panel : valueShade(v, kernel_));
                if (kernelPx_)
                    gp_.cellText(r, pic_.kernelFormat_.text(v), theme_.text, *kernelPx_);
            }
            const QPointF rowTop = L_.kernelCellRect(0, row).topLeft();
            gp_.gridLines(GridGeometry{rowTop, 1, g_.kernel.w, cell_}, theme_.grid);
            gp_.frameRect(QRectF(rowTop, QSizeF(static_cast<double>(g_.kernel.w) * cell_, cell_)), theme_.gridStrong,
                          1.5);
        }
    }

    // One strip per element: x[ix]·w at cells ix·stride + kx·dilation, the gaps left empty.
    void paintStrips()
    {
        gp_.caption(QPointF(L_.rowsLeft(), L_.stripsTop()), pic_.stripsCaptionText(g_.dilation.w > 1), true,
                    Typography::kHeading);
        for (std::int64_t e = 0; e < elements_; ++e) {
            const std::int64_t ci = pic_.channelOf(e), ix = pic_.indexOf(e);
            const double s = pic_.strength(e, position_);
            const QRectF lane(L_.rowsLeft(), L_.stripCellRect(e, 0).top(), static_cast<double>(full_) * cell_, cell_);
            p_.fillRect(lane, theme_.panel);
            if (rowLabels_)
                rowLabel(lane.top() - L_.stripGap() / 2, cell_ + L_.stripGap(), pic_.elementLabel(e),
                         GridPainter::withAlpha(theme_.text, 0.35 + 0.65 * s), s >= 1);
            const QColor tint = o_.palette.tint(ci, 0, ix, 0.55);
            for (std::int64_t kx = 0; kx < g_.kernel.w; ++kx) {
                const QRectF r = L_.stripCellRect(e, g_.fullX(ix, kx));
                p_.fillRect(r, GridPainter::withAlpha(tint, std::max(s, 0.12)));
                if (s > 0 && productPx_)
                    gp_.cellText(r, pic_.productFormat_.text(pic_.productOf(e, kx)),
                                 GridPainter::withAlpha(inkOnTint(), s), *productPx_);
            }
            gp_.gridLines(GridGeometry{lane.topLeft(), 1, full_, cell_}, GridPainter::withAlpha(theme_.grid, 0.7));
            // The element's footprint, first tap to last: dilation's gaps show inside it.
            const QRectF footprint =
                L_.stripCellRect(e, g_.fullX(ix, 0)).united(L_.stripCellRect(e, g_.fullX(ix, g_.kernel.w - 1)));
            gp_.frameRect(footprint, GridPainter::withAlpha(o_.palette.color(ci, 0, ix), 0.3 + 0.7 * s),
                          s > 0 ? 2.0 : 1.0);
        }
    }

    // The sum, striped by the elements that landed, with the count of contributions per cell.
    void paintSum()
    {
        gp_.caption(QPointF(L_.rowsLeft(), L_.sumTop()), pic_.sumCaptionText(), true, Typography::kHeading);
        const auto [lo, hi] = std::minmax_element(pic_.fullCounts_.begin(), pic_.fullCounts_.end());
        const double span = std::max<double>(*hi - *lo, 1);
        for (std::int64_t f = 0; f < full_; ++f) {
            const QRectF r = L_.sumCellRect(f);
            p_.fillRect(r, theme_.panel);
            std::vector<std::int64_t> landed;
            double sum = 0;
            // The taps landing on f, found by inverting f = ix·s + kx·d (one kx per element; kx
            // falling gives ix rising), rather than by trying every element's every tap each frame.
            for (std::size_t row = 0; row < pic_.channels_.size(); ++row)
                for (std::int64_t kx = g_.kernel.w - 1; kx >= 0; --kx) {
                    const std::int64_t rx = f - kx * g_.dilation.w;
                    if (rx < 0 || rx % g_.stride.w != 0 || rx / g_.stride.w >= g_.input.w)
                        continue;
                    const std::int64_t e = static_cast<std::int64_t>(row) * g_.input.w + rx / g_.stride.w;
                    if (pic_.strength(e, position_) > 0.5) {
                        landed.push_back(e);
                        sum += pic_.productOf(e, kx);
                    }
                }
            const double w = r.width() / static_cast<double>(std::max<std::size_t>(landed.size(), 1));
            for (std::size_t i = 0; i < landed.size(); ++i)
                p_.fillRect(QRectF(r.left() + static_cast<double>(i) * w, r.top(), w + 0.02, r.height()),
                            o_.palette.tint(pic_.channelOf(landed[i]), 0, pic_.indexOf(landed[i]), 0.5));
            if (!landed.empty() && sumPx_)
                gp_.cellText(r, pic_.sumFormat_.text(sum), inkOnTint(), *sumPx_, true);

            const QRectF c = L_.countCellRect(f);
            const std::int32_t count = static_cast<std::int32_t>(landed.size());
            const double heat = (count - *lo) / span;
            p_.fillRect(c, count == 0 ? theme_.panel
                                      : GridPainter::mix(theme_.heatLow, theme_.heatHigh, std::clamp(heat, 0.0, 1.0)));
            if (countPx_)
                gp_.cellText(c, QStringLiteral("×%1").arg(count),
                             count == 0   ? theme_.mutedText
                             : heat > 0.6 ? QColor(Qt::white)
                                          : theme_.text,
                             *countPx_, true);
        }
        const double left = L_.rowsLeft(), width = static_cast<double>(full_) * cell_;
        gp_.gridLines(GridGeometry{QPointF(left, L_.sumTop()), 1, full_, cell_}, theme_.grid);
        gp_.frameRect(QRectF(left, L_.sumTop(), width, cell_), theme_.gridStrong, 1.5);
        gp_.frameRect(QRectF(left, L_.countTop(), width, L_.countHeight()), theme_.grid, 1.0);
        rowLabel(L_.countTop(), L_.countHeight(), pic_.countLabel(), theme_.mutedText);
        rowLabel(L_.sumTop(), cell_, pic_.sumLabel(), theme_.text);
    }

    // Cells outside the kept window [p, p + W_out) are what padding removes, shaded as in the
    // scatter view's full buffer: over the strips and over the sum.
    void paintCrop()
    {
        const double alpha = 0.25 + 0.75 * finish_;
        shadeCropped(L_.stripsTop(), stripsBottom(), alpha);
        shadeCropped(L_.sumTop(), L_.countTop() + L_.countHeight(), alpha);
    }
    void shadeCropped(double top, double bottom, double alpha)
    {
        const double x0 = L_.rowsLeft();
        const QColor shade = GridPainter::withAlpha(theme_.cropShade, alpha);
        const double keptLeft = x0 + static_cast<double>(g_.padding.w) * cell_;
        const double keptRight = x0 + static_cast<double>(g_.padding.w + g_.output.w) * cell_;
        const double fullRight = x0 + static_cast<double>(g_.full().w) * cell_;
        if (keptLeft > x0)
            p_.fillRect(QRectF(x0, top, keptLeft - x0, bottom - top), shade);
        if (fullRight > keptRight)
            p_.fillRect(QRectF(keptRight, top, fullRight - keptRight, bottom - top), shade);
    }

    // The output row, under the cells the crop keeps; output_padding's cells dashed.
    void paintOutput()
    {
        gp_.caption(QPointF(L_.outputCellRect(0).left(), L_.outputTop()),
                    pic_.outputCaptionText(g_.padding.w > 0, pic_.record_->layer().hasBias()), true,
                    Typography::kHeading);
        for (std::int64_t ox = 0; ox < g_.output.w; ++ox) {
            const QRectF r = L_.outputCellRect(ox);
            const double v = out_[static_cast<std::size_t>(ox)];
            p_.fillRect(r, outputPx_ ? theme_.panel : GridPainter::mix(theme_.panel, valueShade(v, outputs_), finish_));
            if (outputPx_)
                gp_.cellText(r, pic_.outputFormat_.text(v), GridPainter::withAlpha(theme_.text, finish_), *outputPx_,
                             finish_ >= 1);
        }
        const QRectF outRect(L_.outputCellRect(0).topLeft(), QSizeF(static_cast<double>(g_.output.w) * cell_, cell_));
        gp_.gridLines(GridGeometry{outRect.topLeft(), 1, g_.output.w, cell_}, theme_.grid);
        gp_.frameRect(outRect, theme_.gridStrong, finish_ >= 1 ? 2.5 : 1.5);
        // The kept window, framed over the strips and over the sum, straight above the output.
        const QColor keptFrame = GridPainter::withAlpha(theme_.cropFrame, 0.25 + 0.6 * finish_);
        gp_.frameRect(QRectF(outRect.left(), L_.stripsTop() - 3, outRect.width(), stripsBottom() - L_.stripsTop() + 6),
                      keptFrame, 1.5, Qt::DashLine);
        gp_.frameRect(QRectF(outRect.left(), L_.sumTop() - 3, outRect.width(),
                             L_.countTop() + L_.countHeight() - L_.sumTop() + 6),
                      keptFrame, 1.5, Qt::DashLine);
        if (g_.output_padding.w > 0) {
            const QRectF padded(L_.outputCellRect(g_.output.w - g_.output_padding.w).topLeft(),
                                QSizeF(static_cast<double>(g_.output_padding.w) * cell_, cell_));
            gp_.frameRect(padded, GridPainter::withAlpha(theme_.outputPadding, 0.3 + 0.7 * finish_), 2.5, Qt::DashLine);
            // Under the padded cells, kept inside the picture at its right edge.
            const QString mark = QStringLiteral("output_padding");
            const double w = Typography::width(mark, Typography::kLabel, true) + 4;
            const double left = std::clamp(padded.center().x() - w / 2, L_.rowsLeft(),
                                           L_.bounds().right() - PictureChrome::kMargin - w);
            gp_.text(QRectF(left, padded.bottom() + 6, w, Typography::lineHeight(Typography::kLabel, true) + 2), mark,
                     GridPainter::withAlpha(theme_.outputPadding, 0.3 + 0.7 * finish_), Typography::kLabel, true,
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine);
        }
        rowLabel(L_.outputTop(), cell_, pic_.outputLabel(), theme_.text);
    }

    const StripPicture& pic_;
    const StripLayout& L_;
    const LayerGeometry& g_;
    const double cell_;
    const std::int64_t full_, elements_;
    const double finish_;   // the crop, the output and output_padding fade in after the last strip
    const bool rowLabels_;  // labels beside the rows only where a row is tall enough for their line
    std::vector<double> inputs_, kernel_, products_, outputs_;
    std::vector<float> out_;
    std::optional<double> inputPx_, kernelPx_, productPx_, sumPx_, outputPx_, countPx_;
};

void StripPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
