// SPDX-License-Identifier: MIT
#include "app/render/views/StripPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureChrome.h"
#include "app/render/SceneLayout.h"
#include "app/render/Typography.h"
#include "core/OverlapAnalysis.h"
#include "core/OverlapMap.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace sb {

namespace {

constexpr double kMargin = PictureChrome::kMargin;
constexpr double kStripGap = 6.0;  // between strips of readable cells; a quarter of the cell when smaller

double stripGap(double cell) { return std::min(kStripGap, cell / 4); }
constexpr double kCaptionRoom = 30.0;   // a caption's line above a row
constexpr double kLabelGap = 14.0;      // between the labels and the rows
constexpr double kBudget = 4000.0;      // a picture's side at scale 1, at most

double countRowHeight() { return Typography::lineHeight(Typography::kCell, true) + 12; }

// The grids' number formats: one per grid, so every cell of a row reads alike.
struct StripFormats {
    NumberFormat input, kernel, products, sums, output;
};

// Cells as wide as the widest number any row writes, never below the scene's 40 and room for a line.
double cellFor(const QStringList& widest)
{
    double w = 0;
    for (const QString& t : widest)
        w = std::max(w, Typography::width(t, Typography::kCell, true));
    return std::max({SceneLayout::kCell, w / 0.9 + 4, Typography::lineHeight(Typography::kCell, true) + 10});
}

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

double StripPicture::inputRowsHeight() const
{
    const auto rows = static_cast<double>(channels_.size());
    return rows * cell_ + (rows - 1) * stripGap(cell_);
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

double StripPicture::countHeight() const
{
    return std::max(cell_ * 0.75, std::min(cell_, countRowHeight()));
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
    std::int32_t most = 0;
    for (std::int32_t c : fullCounts_)
        most = std::max(most, c);
    cell_ = cellFor({inputFormat_.widest(inputs), kernelFormat_.widest(kernel), productFormat_.widest(products),
                     sumFormat_.widest(sums), outputFormat_.widest(outputs), QStringLiteral("×%1").arg(most)});

    // The labels left of the rows, measured.
    label_ = 0;
    for (std::int64_t e = 0; e < elementCount(); ++e)
        label_ = std::max(label_, Typography::width(elementLabel(e), Typography::kLabel, true));
    for (const QString& t : {countLabel(), sumLabel(), outputLabel()})
        label_ = std::max(label_, Typography::width(t, Typography::kLabel, true));
    label_ += kLabelGap;
    x0_ = kMargin + label_;

    // Captions that run to the right of their rows decide the width with the cells.
    const double inputCaption = Typography::width(inputCaptionText(), Typography::kHeading, true);
    const double kernelCaption = Typography::width(tr("kernel row w[%1, %2][%3, :]").arg(ci_).arg(coInGroup_).arg(ky_),
                                                   Typography::kHeading, true);
    const double stripsCaption = Typography::width(stripsCaptionText(true), Typography::kHeading, true);
    const double sumCaption = Typography::width(sumCaptionText(), Typography::kHeading, true);
    const double outputCaption = Typography::width(outputCaptionText(true, true), Typography::kHeading, true);

    auto place = [&](double cell) {
        cell_ = cell;
        kernelLeft_ = x0_ + std::max(static_cast<double>(g.input.w) * cell, inputCaption) + SceneLayout::kGap;
        const double right = std::max({x0_ + static_cast<double>(extent_) * cell, kernelLeft_ + static_cast<double>(g.kernel.w) * cell,
                                       kernelLeft_ + kernelCaption, x0_ + stripsCaption, x0_ + sumCaption,
                                       x0_ + static_cast<double>(g.padding.w) * cell + outputCaption, PictureChrome::kMinWidth - kMargin,
                                       // a module call of ordinary length on one line
                                       kMargin + std::min(Typography::width(titleText(), Typography::kTitle, true) + 4, 1240.0 - 2 * kMargin)});
        const double width = right + kMargin;
        const double titleHeight = PictureChrome::titleHeight(titleText(), width - 2 * kMargin);
        title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, titleHeight);
        inputTop_ = title_.bottom() + 16 + kCaptionRoom;
        stripsTop_ = inputTop_ + inputRowsHeight() + 24 + kCaptionRoom;
        sumTop_ = stripsTop_ + static_cast<double>(elementCount()) * (cell + stripGap(cell)) + 24 + kCaptionRoom;
        // Rows thinner than their labels (a long row shrunk to colour) are spaced by the labels.
        countTop_ = sumTop_ + std::max(cell, Typography::lineHeight(Typography::kLabel, true)) + 8;
        outputTop_ = countTop_ + countHeight() + 24 + kCaptionRoom;
        // Room under the output row for the output_padding mark.
        const double below = outputTop_ + cell + 8 + Typography::lineHeight(Typography::kLabel, true) + 12;
        footer_ = QRectF(kMargin, below, width - 2 * kMargin, PictureChrome::footerHeight());
        bounds_ = QRectF(0, 0, width, footer_.bottom() + kMargin);
    };
    place(cell_);
    // Over the budget: the cells shrink (the rows then show colour at scale 1, numbers when zoomed in).
    for (int i = 0; i < 4 && (bounds_.width() > kBudget || bounds_.height() > kBudget); ++i) {
        const double across = static_cast<double>(std::max<std::int64_t>(extent_, 1));
        // a strip and its gap, per element and per input row
        const double down = static_cast<double>(elementCount() + static_cast<std::int64_t>(channels_.size())) * 1.25 + 2.5;
        const double fixedW = bounds_.width() - across * cell_, fixedH = bounds_.height() - down * cell_;
        const double fit = std::min((kBudget - 1 - fixedW) / across, (kBudget - 1 - fixedH) / down);
        place(std::max(2.0, std::min(cell_, fit)));
    }
}

QRectF StripPicture::inputCellRect(std::int64_t ix, std::size_t row) const
{
    return QRectF(x0_ + static_cast<double>(ix) * cell_, inputTop_ + static_cast<double>(row) * (cell_ + stripGap(cell_)), cell_, cell_);
}

QRectF StripPicture::kernelCellRect(std::int64_t kx, std::size_t row) const
{
    return QRectF(kernelLeft_ + static_cast<double>(kx) * cell_, inputTop_ + static_cast<double>(row) * (cell_ + stripGap(cell_)),
                  cell_, cell_);
}

QRectF StripPicture::stripCellRect(std::int64_t element, std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, stripsTop_ + static_cast<double>(element) * (cell_ + stripGap(cell_)), cell_,
                  cell_);
}

QRectF StripPicture::sumCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, sumTop_, cell_, cell_);
}

QRectF StripPicture::countCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, countTop_, cell_, countHeight());
}

QRectF StripPicture::outputCellRect(std::int64_t ox) const
{
    // Under the cells the crop keeps, so the crop reads straight down.
    return QRectF(x0_ + static_cast<double>(ox + record_->geometry().padding.w) * cell_, outputTop_, cell_, cell_);
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

void StripPicture::paintCrop(GridPainter& gp, double top, double bottom, double alpha) const
{
    // Cells outside the kept window [p, p + W_out) are what padding removes, shaded as in the
    // scatter view's full buffer.
    const LayerGeometry& g = record_->geometry();
    const QColor shade = GridPainter::withAlpha(gp.theme().cropShade, alpha);
    const double keptLeft = x0_ + static_cast<double>(g.padding.w) * cell_;
    const double keptRight = x0_ + static_cast<double>(g.padding.w + g.output.w) * cell_;
    const double fullRight = x0_ + static_cast<double>(g.full().w) * cell_;
    if (keptLeft > x0_)
        gp.painter().fillRect(QRectF(x0_, top, keptLeft - x0_, bottom - top), shade);
    if (fullRight > keptRight)
        gp.painter().fillRect(QRectF(keptRight, top, fullRight - keptRight, bottom - top), shade);
}

void StripPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds(), false);
    GridPainter gp(painter, options);
    const Theme& theme = options.theme;
    const LayerGeometry& g = record_->geometry();
    const Tensor& x = record_->layer().input;
    const std::int64_t full = g.full().w;
    const double finish = std::clamp(position - static_cast<double>(elementCount()), 0.0, 1.0);
    const std::int64_t elements = elementCount();
    const double labelWidth = label_ - kLabelGap;
    // Labels beside the rows only where a row is tall enough for their line.
    const bool rowLabels = Typography::lineHeight(Typography::kLabel, true) <= cell_ + stripGap(cell_);

    const QString slice = isLayerRow()
                              ? tr("1-D: the layer's row")
                              : tr("1-D slice: row 0 of x[c=%1] with the kernel's middle row ky = %2 (ConvTranspose1d along W)")
                                    .arg(ci_).arg(ky_);
    if (!options.transparentBackground)
        painter.fillRect(bounds_, options.theme.background);
    PictureChrome::paintTitle(gp, title_, titleText(),
                              //: The title's step counter: step 3 of 15.
                              slice + QStringLiteral(" · ") + tr("step %1 / %2").arg(stepAt(position)).arg(stepCount() - 1));

    // Each grid decides once whether its numbers fit (all or none), in its own format.
    auto sizeFor = [&](double cell, const NumberFormat& f, const std::vector<double>& values) {
        return gp.gridTextSize(cell, f.widest(values), true);
    };
    // Values row by row: input and kernel per channel drawn, products per strip.
    std::vector<double> inputs, kernel, products, outputs;
    for (std::int64_t ci : channels_) {
        for (std::int64_t ix = 0; ix < g.input.w; ++ix)
            inputs.push_back(x.at(plane_.n, ci, 0, ix));
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
            kernel.push_back(record_->layer().weightAt(ci, coInGroup_, ky_, kx));
    }
    for (std::int64_t e = 0; e < elements; ++e)
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx)
            products.push_back(productOf(e, kx));
    const std::vector<float> out = outputValues();
    for (float v : out)
        outputs.push_back(v);
    const std::optional<double> inputPx = sizeFor(cell_, inputFormat_, inputs);
    const std::optional<double> kernelPx = sizeFor(cell_, kernelFormat_, kernel);
    const std::optional<double> productPx = sizeFor(cell_, productFormat_, products);
    const std::optional<double> sumPx = gp.gridTextSize(cell_, widestSum_, true);
    const std::optional<double> outputPx = sizeFor(cell_, outputFormat_, outputs);
    std::int32_t most = 0;
    for (std::int32_t c : fullCounts_)
        most = std::max(most, c);
    const std::optional<double> countPx = gp.gridTextSize(std::min(cell_, countHeight()), QStringLiteral("×%1").arg(most), true);
    // Without numbers, value rows are shaded by value (a heat-map), so they still differ.
    auto valueShade = [&](double v, const std::vector<double>& all) {
        const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
        const double t = all.empty() || *hi <= *lo || !std::isfinite(v) ? 0.0 : (v - *lo) / (*hi - *lo);
        return GridPainter::mix(theme.panel, theme.text, 0.08 + 0.6 * t);
    };

    // Input rows and kernel rows, one of each per input channel drawn.
    gp.caption(QPointF(x0_, inputTop_), inputCaptionText(), true, Typography::kHeading);
    for (std::size_t row = 0; row < channels_.size(); ++row) {
        const std::int64_t ci = channels_[row];
        const auto first = static_cast<std::int64_t>(row) * g.input.w;  // the row's first element
        for (std::int64_t ix = 0; ix < g.input.w; ++ix) {
            const QRectF r = inputCellRect(ix, row);
            painter.fillRect(r, options.palette.tint(ci, 0, ix, 0.22 + 0.5 * strength(first + ix, position)));
            if (inputPx)
                gp.cellText(r, inputFormat_.text(inputs[static_cast<std::size_t>(first + ix)]), inkOnTint(), *inputPx);
        }
        const QPointF rowTop = inputCellRect(0, row).topLeft();
        gp.gridLines(GridGeometry{rowTop, 1, g.input.w, cell_}, theme.grid);
        gp.frameRect(QRectF(rowTop, QSizeF(static_cast<double>(g.input.w) * cell_, cell_)), theme.gridStrong, 1.5);
        if (channels_.size() > 1 && rowLabels)
            gp.text(QRectF(kMargin, rowTop.y(), labelWidth, cell_), QStringLiteral("x[c=%1]").arg(ci), theme.text,
                    Typography::kLabel, true, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
    }
    const auto active = static_cast<std::int64_t>(std::ceil(position)) - 1;
    if (active >= 0 && active < elements)
        gp.frameRect(inputCellRect(indexOf(active), static_cast<std::size_t>(active / std::max<std::int64_t>(g.input.w, 1)))
                         .adjusted(1, 1, -1, -1),
                     options.palette.color(channelOf(active), 0, indexOf(active)), 3.5);

    gp.caption(QPointF(kernelLeft_, inputTop_),
               // One kernel row per input channel drawn: w[c, co] beside x[c].
               g.kernel.h == 1 ? tr("kernel w[%1, %2]").arg(channels_.size() > 1 ? QStringLiteral("c") : QString::number(ci_),
                                                             QString::number(coInGroup_))
                               : tr("kernel row w[%1, %2][%3, :]").arg(ci_).arg(coInGroup_).arg(ky_),
               true, Typography::kHeading);
    for (std::size_t row = 0; row < channels_.size(); ++row) {
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
            const QRectF r = kernelCellRect(kx, row);
            const double v = kernel[row * static_cast<std::size_t>(g.kernel.w) + static_cast<std::size_t>(kx)];
            painter.fillRect(r, kernelPx ? theme.panel : valueShade(v, kernel));
            if (kernelPx)
                gp.cellText(r, kernelFormat_.text(v), theme.text, *kernelPx);
        }
        const QPointF rowTop = kernelCellRect(0, row).topLeft();
        gp.gridLines(GridGeometry{rowTop, 1, g.kernel.w, cell_}, theme.grid);
        gp.frameRect(QRectF(rowTop, QSizeF(static_cast<double>(g.kernel.w) * cell_, cell_)), theme.gridStrong, 1.5);
    }

    // One strip per element: x[ix]·w at cells ix·stride + kx·dilation, the gaps left empty.
    gp.caption(QPointF(x0_, stripsTop_), stripsCaptionText(g.dilation.w > 1), true, Typography::kHeading);
    for (std::int64_t e = 0; e < elements; ++e) {
        const std::int64_t ci = channelOf(e), ix = indexOf(e);
        const double s = strength(e, position);
        const QRectF lane(x0_, stripCellRect(e, 0).top(), static_cast<double>(full) * cell_, cell_);
        painter.fillRect(lane, theme.panel);
        if (rowLabels)
            gp.text(QRectF(kMargin, lane.top() - stripGap(cell_) / 2, labelWidth, cell_ + stripGap(cell_)), elementLabel(e),
                    GridPainter::withAlpha(theme.text, 0.35 + 0.65 * s), Typography::kLabel, s >= 1,
                    Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
        const QColor tint = options.palette.tint(ci, 0, ix, 0.55);
        for (std::int64_t kx = 0; kx < g.kernel.w; ++kx) {
            const QRectF r = stripCellRect(e, g.fullX(ix, kx));
            painter.fillRect(r, GridPainter::withAlpha(tint, std::max(s, 0.12)));
            if (s > 0 && productPx)
                gp.cellText(r, productFormat_.text(productOf(e, kx)), GridPainter::withAlpha(inkOnTint(), s), *productPx);
        }
        gp.gridLines(GridGeometry{lane.topLeft(), 1, full, cell_}, GridPainter::withAlpha(theme.grid, 0.7));
        // The element's footprint, first tap to last: dilation's gaps show inside it.
        const QRectF footprint = stripCellRect(e, g.fullX(ix, 0)).united(stripCellRect(e, g.fullX(ix, g.kernel.w - 1)));
        gp.frameRect(footprint, GridPainter::withAlpha(options.palette.color(ci, 0, ix), 0.3 + 0.7 * s), s > 0 ? 2.0 : 1.0);
    }

    // The sum, striped by the elements that landed, with the count of contributions per cell.
    gp.caption(QPointF(x0_, sumTop_), sumCaptionText(), true, Typography::kHeading);
    const auto [lo, hi] = std::minmax_element(fullCounts_.begin(), fullCounts_.end());
    const double span = std::max<double>(*hi - *lo, 1);
    for (std::int64_t f = 0; f < full; ++f) {
        const QRectF r = sumCellRect(f);
        painter.fillRect(r, theme.panel);
        std::vector<std::int64_t> landed;
        double sum = 0;
        // The taps landing on f, found by inverting f = ix·s + kx·d (one kx per element; kx
        // falling gives ix rising), rather than by trying every element's every tap each frame.
        for (std::size_t row = 0; row < channels_.size(); ++row)
            for (std::int64_t kx = g.kernel.w - 1; kx >= 0; --kx) {
                const std::int64_t rx = f - kx * g.dilation.w;
                if (rx < 0 || rx % g.stride.w != 0 || rx / g.stride.w >= g.input.w)
                    continue;
                const std::int64_t e = static_cast<std::int64_t>(row) * g.input.w + rx / g.stride.w;
                if (strength(e, position) > 0.5) {
                    landed.push_back(e);
                    sum += productOf(e, kx);
                }
            }
        const double w = r.width() / static_cast<double>(std::max<std::size_t>(landed.size(), 1));
        for (std::size_t i = 0; i < landed.size(); ++i)
            painter.fillRect(QRectF(r.left() + static_cast<double>(i) * w, r.top(), w + 0.02, r.height()),
                             options.palette.tint(channelOf(landed[i]), 0, indexOf(landed[i]), 0.5));
        if (!landed.empty() && sumPx)
            gp.cellText(r, sumFormat_.text(sum), inkOnTint(), *sumPx, true);

        const QRectF c = countCellRect(f);
        const std::int32_t count = static_cast<std::int32_t>(landed.size());
        const double heat = (count - *lo) / span;
        painter.fillRect(c, count == 0 ? theme.panel : GridPainter::mix(theme.heatLow, theme.heatHigh, std::clamp(heat, 0.0, 1.0)));
        if (countPx)
            gp.cellText(c, QStringLiteral("×%1").arg(count), count == 0 ? theme.mutedText : heat > 0.6 ? QColor(Qt::white) : theme.text,
                        *countPx, true);
    }
    gp.gridLines(GridGeometry{QPointF(x0_, sumTop_), 1, full, cell_}, theme.grid);
    gp.frameRect(QRectF(x0_, sumTop_, static_cast<double>(full) * cell_, cell_), theme.gridStrong, 1.5);
    gp.frameRect(QRectF(x0_, countTop_, static_cast<double>(full) * cell_, countHeight()), theme.grid, 1.0);
    gp.text(QRectF(kMargin, countTop_, labelWidth, countHeight()), countLabel(), theme.mutedText,
            Typography::kLabel, true, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
    gp.text(QRectF(kMargin, sumTop_, labelWidth, cell_), sumLabel(), theme.text, Typography::kLabel, true,
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);

    const double stripsBottom = stripCellRect(elements - 1, 0).bottom();
    paintCrop(gp, stripsTop_, stripsBottom, 0.25 + 0.75 * finish);
    paintCrop(gp, sumTop_, countTop_ + countHeight(), 0.25 + 0.75 * finish);

    // The output row, under the cells the crop keeps; output_padding's cells dashed.
    gp.caption(QPointF(outputCellRect(0).left(), outputTop_), outputCaptionText(g.padding.w > 0, record_->layer().hasBias()), true,
               Typography::kHeading);
    for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
        const QRectF r = outputCellRect(ox);
        const double v = out[static_cast<std::size_t>(ox)];
        painter.fillRect(r, outputPx ? theme.panel : GridPainter::mix(theme.panel, valueShade(v, outputs), finish));
        if (outputPx)
            gp.cellText(r, outputFormat_.text(v), GridPainter::withAlpha(theme.text, finish), *outputPx, finish >= 1);
    }
    const QRectF outRect(outputCellRect(0).topLeft(), QSizeF(static_cast<double>(g.output.w) * cell_, cell_));
    gp.gridLines(GridGeometry{outRect.topLeft(), 1, g.output.w, cell_}, theme.grid);
    gp.frameRect(outRect, theme.gridStrong, finish >= 1 ? 2.5 : 1.5);
    // The kept window, framed over the strips and over the sum, straight above the output.
    const QColor keptFrame = GridPainter::withAlpha(theme.cropFrame, 0.25 + 0.6 * finish);
    gp.frameRect(QRectF(outRect.left(), stripsTop_ - 3, outRect.width(), stripsBottom - stripsTop_ + 6), keptFrame, 1.5,
                 Qt::DashLine);
    gp.frameRect(QRectF(outRect.left(), sumTop_ - 3, outRect.width(), countTop_ + countHeight() - sumTop_ + 6), keptFrame, 1.5,
                 Qt::DashLine);
    if (g.output_padding.w > 0) {
        const QRectF padded(outputCellRect(g.output.w - g.output_padding.w).topLeft(),
                            QSizeF(static_cast<double>(g.output_padding.w) * cell_, cell_));
        gp.frameRect(padded, GridPainter::withAlpha(theme.outputPadding, 0.3 + 0.7 * finish), 2.5, Qt::DashLine);
        // Under the padded cells, kept inside the picture at its right edge.
        const QString mark = QStringLiteral("output_padding");
        const double w = Typography::width(mark, Typography::kLabel, true) + 4;
        const double left = std::clamp(padded.center().x() - w / 2, x0_, bounds_.right() - kMargin - w);
        gp.text(QRectF(left, padded.bottom() + 6, w, Typography::lineHeight(Typography::kLabel, true) + 2), mark,
                GridPainter::withAlpha(theme.outputPadding, 0.3 + 0.7 * finish), Typography::kLabel, true,
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine);
    }
    gp.text(QRectF(kMargin, outputTop_, labelWidth, cell_), outputLabel(), theme.text,
            Typography::kLabel, true, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

} // namespace sb
