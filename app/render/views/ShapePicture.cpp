// SPDX-License-Identifier: MIT
#include "app/render/views/ShapePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <QPainterPath>

#include <algorithm>
#include <array>
#include <set>

namespace sb {

namespace {

constexpr double kMargin = PictureChrome::kMargin;
constexpr double kPreferredWidth = 1360.0;  // the picture's width unless its texts need more
constexpr double kOperatorWidth = 44.0;
constexpr double kTermBox = 68.0;      // height of a term box
constexpr double kLinePitch = 48.0;    // one candidate of the round trip
constexpr double kTripHeader = 26.0;
constexpr double kTableRow = 34.0;
constexpr double kCaptionRoom = 30.0;  // a caption's line
constexpr double kPieceSize = 17.0;    // a term with the layer's numbers
constexpr double kResultSize = 24.0;   // the result in its box
constexpr double kOperatorSize = 20.0;

QString number(std::int64_t v) { return formatValue(static_cast<double>(v)); }

// Colours of the terms, shared with the scatter view where the same thing appears there: padding
// is the crop's colour, output_padding the dashed frame's; the result is the highlight.
QColor termColor(const Theme& t, ShapePicture::Term term)
{
    switch (term) {
    case ShapePicture::StrideTerm: return t.pinned;
    case ShapePicture::PaddingTerm: return t.cropFrame;
    case ShapePicture::KernelTerm: return t.heatHigh;
    case ShapePicture::OutputPaddingTerm: return t.outputPadding;
    case ShapePicture::OneTerm: return t.mutedText;
    case ShapePicture::Result: return t.highlight;
    }
    return t.text;
}

// The symbolic label under a term, in PyTorch's argument names.
QString termLabel(ShapePicture::Term term, const QString& axis)
{
    switch (term) {
    case ShapePicture::StrideTerm: return QStringLiteral("(%1_in − 1)·stride").arg(axis);
    case ShapePicture::PaddingTerm: return QStringLiteral("2·padding");
    case ShapePicture::KernelTerm: return QStringLiteral("dilation·(kernel_size − 1)");
    case ShapePicture::OutputPaddingTerm: return QStringLiteral("output_padding");
    case ShapePicture::OneTerm: return QStringLiteral("1");
    case ShapePicture::Result: return QStringLiteral("%1_out").arg(axis);
    }
    return {};
}

// The term with the user's numbers in it, as in seed 000's comments.
QString termPiece(ShapePicture::Term term, const OutputSizeFormula& f)
{
    switch (term) {
    case ShapePicture::StrideTerm: return QStringLiteral("(%1 − 1)·%2").arg(number(f.in), number(f.stride));
    case ShapePicture::PaddingTerm: return QStringLiteral("2·%1").arg(number(f.padding));
    case ShapePicture::KernelTerm: return QStringLiteral("%1·(%2 − 1)").arg(number(f.dilation), number(f.kernel));
    case ShapePicture::OutputPaddingTerm: return number(f.output_padding);
    case ShapePicture::OneTerm: return QStringLiteral("1");
    case ShapePicture::Result: return number(f.result());
    }
    return {};
}

// The operator in front of a term ("" for the first).
QString termOperator(ShapePicture::Term term)
{
    switch (term) {
    case ShapePicture::StrideTerm: return {};
    case ShapePicture::PaddingTerm: return QStringLiteral("−");
    case ShapePicture::Result: return QStringLiteral("=");
    default: return QStringLiteral("+");
    }
}

bool sameArithmetic(const OutputSizeFormula& a, const OutputSizeFormula& b)
{
    return a.in == b.in && a.kernel == b.kernel && a.stride == b.stride && a.padding == b.padding
           && a.output_padding == b.output_padding && a.dilation == b.dilation;
}

// Conv2d's formula with the candidate's numbers: "⌊(7 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = ⌊6 / 2⌋ + 1 = 4".
QString conv2dText(const RoundTripCandidate& c, const OutputSizeFormula& f)
{
    return QStringLiteral("⌊(%1 + 2·%2 − %3·(%4 − 1) − 1) / %5⌋ + 1 = ⌊%6 / %5⌋ + 1 = %7")
        .arg(number(c.size), number(f.padding), number(f.dilation), number(f.kernel), number(f.stride),
             number(c.numerator), number(c.conv2dOutput));
}

// A brace under a term box: a line with the ends turned up and a point in the middle.
void drawBrace(GridPainter& gp, double left, double right, double top, const QColor& color)
{
    const double mid = (left + right) / 2, depth = 7;
    QPainterPath path;
    path.moveTo(left + 3, top);
    path.quadTo(left + 3, top + depth, left + 3 + depth, top + depth);
    path.lineTo(mid - depth, top + depth);
    path.quadTo(mid, top + depth, mid, top + 2 * depth);
    path.quadTo(mid, top + depth, mid + depth, top + depth);
    path.lineTo(right - 3 - depth, top + depth);
    path.quadTo(right - 3, top + depth, right - 3, top);
    gp.painter().setPen(QPen(color, 1.6 / std::max(gp.scale(), 1e-6)));
    gp.painter().setBrush(Qt::NoBrush);
    gp.painter().drawPath(path);
}

// PyTorch's message without its "but got …" tail, which does not fit a table cell.
QString shortError(const std::string& message)
{
    QString text = QString::fromStdString(message);
    const qsizetype cut = text.indexOf(QStringLiteral(", but got"));
    if (cut > 0)
        text.truncate(cut);
    if (text.size() > 84)
        text = text.left(82) + QStringLiteral("…");
    return QStringLiteral("PyTorch: ") + text;
}

} // namespace

ShapePicture::ShapePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, ShapeOptions options)
    : record_(std::move(record)), options_(std::move(options)), table_(record_->geometry(), options_.addedRows)
{
    // The arithmetic is the layer's, the same for every plane.
    Q_UNUSED(plane);
    layout();
}

void ShapePicture::addRow(std::int64_t kernel_size, std::int64_t stride, std::int64_t padding,
                          std::int64_t output_padding, std::int64_t dilation)
{
    const ShapeSetting setting{kernel_size, stride, padding, output_padding, dilation};
    options_.addedRows.push_back(setting);
    table_.addRow(setting);
    layout();
}

bool ShapePicture::removeRow(std::size_t row)
{
    const std::size_t firstAdded = 1 + ShapeTable::seed000().size();
    if (!table_.removeRow(row))
        return false;
    options_.addedRows.erase(options_.addedRows.begin() + static_cast<std::ptrdiff_t>(row - firstAdded));
    layout();
    return true;
}

const OutputSizeFormula& ShapePicture::formula(int axis) const
{
    const ShapeTableRow& layer = table_.rows().front();
    return axis == 0 ? layer.height : layer.width;
}

std::int64_t ShapePicture::termValue(int axis, Term term) const
{
    const OutputSizeFormula& f = formula(axis);
    switch (term) {
    case StrideTerm: return f.strideTerm();
    case PaddingTerm: return f.paddingTerm();
    case KernelTerm: return f.kernelTerm();
    case OutputPaddingTerm: return f.output_padding;
    case OneTerm: return 1;
    case Result: return f.result();
    }
    return 0;
}

QStringList ShapePicture::tableHeaders() const
{
    //: Table header: the notebook cell (like In[7]) a row comes from; "seed 000" is the notebook's name.
    return {tr("seed 000 cell"),              QStringLiteral("kernel_size"),    QStringLiteral("stride"),
            QStringLiteral("padding"),        QStringLiteral("output_padding"), QStringLiteral("dilation"),
            QStringLiteral("%1_out = (%1_in − 1)·s − 2·p + d·(k − 1) + op + 1").arg(axisLetter(firstAxis())),
            //: Table header: the output size H×W.
            tr("output")};
}

int ShapePicture::firstAxis() const
{
    return record_->geometry().is1d() ? 1 : 0;
}

QString ShapePicture::axisLetter(int axis) const
{
    if (record_->geometry().is1d())
        return QStringLiteral("L");
    return axis == 0 ? QStringLiteral("H") : QStringLiteral("W");
}

QString ShapePicture::sizeText(Size2 size) const
{
    return argumentText(size, record_->geometry().is1d());
}

QStringList ShapePicture::tableCells(std::size_t i) const
{
    const ShapeTableRow& r = table_.rows()[i];
    // The table names its rows in English (it is Qt-free); the picture shows them translated.
    QString source;
    switch (r.origin) {
    //: The table's first row: the current layer's own setting.
    case ShapeTableRow::Origin::Layer: source = tr("this layer"); break;
    //: A table row the user added.
    case ShapeTableRow::Origin::Added: source = tr("added"); break;
    case ShapeTableRow::Origin::Seed000: source = QString::fromStdString(r.source).remove(QStringLiteral("seed 000 ")); break;
    }
    if (table_.matchesLayer(i))
        //: %1 is a notebook cell like In[7] whose setting equals this layer's.
        source = tr("%1 = this").arg(source);
    QStringList cells = {source,
                         sizeText(r.kernel_size),
                         sizeText(r.stride),
                         sizeText(r.padding),
                         sizeText(r.output_padding),
                         sizeText(r.dilation)};
    if (r.valid() && record_->geometry().is1d())
        cells << QString::fromStdString(r.width.substituted()) << number(r.output().w);
    else if (r.valid())
        cells << QString::fromStdString(r.height.substituted()) << QStringLiteral("%1×%2").arg(number(r.output().h), number(r.output().w));
    return cells;
}

void ShapePicture::layout()
{
    rows_.clear();
    const bool same = sameArithmetic(formula(0), formula(1));
    if (record_->geometry().is1d())
        rows_.append(AxisRow{1, QStringLiteral("L"), 0, 0, 0, {}});
    else
        rows_.append(AxisRow{0, same ? QStringLiteral("H and W") : QStringLiteral("H"), 0, 0, 0, {}});
    if (!same && !record_->geometry().is1d())
        rows_.append(AxisRow{1, QStringLiteral("W"), 0, 0, 0, {}});
    const LayerGeometry& g = record_->geometry();

    // The term boxes: each as wide as the widest of its texts (the term with numbers, its value,
    // the label under it) on every axis row.
    labelWidth_ = Typography::width(QStringLiteral("W_out ="), kPieceSize, true) + 16;
    termWidths_.fill(0);
    for (const AxisRow& row : rows_) {
        const QString axis = axisLetter(row.axis);
        for (int t = 0; t < kTermCount; ++t) {
            const Term term = static_cast<Term>(t);
            double w = Typography::width(termLabel(term, axis), Typography::kLabel, term == Result);
            if (term == Result)
                w = std::max(w, Typography::width(termPiece(term, formula(row.axis)), kResultSize, true));
            else
                w = std::max({w, Typography::width(termPiece(term, formula(row.axis)), kPieceSize, true),
                              Typography::width(QStringLiteral("= ") + number(termValue(row.axis, term)), Typography::kLabel)});
            termWidths_[static_cast<std::size_t>(t)] = std::max(termWidths_[static_cast<std::size_t>(t)], std::max(w + 24, 60.0));
        }
    }
    double termsWidth = labelWidth_;
    for (double w : termWidths_)
        termsWidth += w + kOperatorWidth;
    termRow_ = kTermBox + 24 + Typography::lineHeight(Typography::kLabel, true) + 28;

    // The round trip's columns: output_padding, the candidate size, Conv2d's arithmetic, the H_in
    // box they converge on, and the explanation.
    tripPad_ = Typography::width(QStringLiteral("output_padding"), Typography::kSmall) + 8;
    tripBox_ = kMargin + tripPad_ + 16;
    tripText_ = tripBox_ + PictureChrome::kCell + 16;
    tripTextWidth_ = Typography::width(QStringLiteral("Conv2d: ⌊(i + 2·padding − dilation·(kernel_size − 1) − 1) / stride⌋ + 1"),
                                       Typography::kSmall);
    for (const AxisRow& row : rows_) {
        const ConvRoundTrip trip = roundTrip(row.axis);
        for (const RoundTripCandidate& c : trip.candidates())
            tripTextWidth_ = std::max(tripTextWidth_, Typography::width(QStringLiteral("→  ") + conv2dText(c, trip.formula()), Typography::kLabel, true));
        tripTextWidth_ = std::max(tripTextWidth_, Typography::width(QStringLiteral("→  ") + conv2dText(trip.current(), trip.formula())
                                                                      + QStringLiteral("  ≠ %1").arg(number(trip.formula().in)),
                                                                  Typography::kLabel, true));
    }
    tripTarget_ = tripText_ + tripTextWidth_ + 60;
    tripWhy_ = tripTarget_ + PictureChrome::kCell + 40;
    const double whyMin = 340.0;

    // The table's columns.
    const QStringList headers = tableHeaders();
    for (int c = 0; c < 8; ++c)
        columnWidths_[static_cast<std::size_t>(c)] = Typography::width(headers[c], Typography::kSmall, true) + 16;
    for (std::size_t i = 0; i < table_.rows().size(); ++i) {
        const QStringList cells = tableCells(i);
        for (int c = 0; c < cells.size(); ++c)
            columnWidths_[static_cast<std::size_t>(c)] =
                std::max(columnWidths_[static_cast<std::size_t>(c)], Typography::width(cells[c], Typography::kLabel, true) + 16);
    }
    double tableWidth = 0;
    for (double w : columnWidths_)
        tableWidth += w;

    const QString tripCaption = roundTripCaption();
    const double captions = std::max({Typography::width(termsCaption(), Typography::kHeading, true),
                                      Typography::width(tripCaption, Typography::kHeading, true),
                                      Typography::width(tableCaption(), Typography::kHeading, true)});
    width_ = std::max({kPreferredWidth, kMargin + termsWidth + kMargin, tripWhy_ + whyMin + kMargin, kMargin + tableWidth + kMargin,
                       kMargin + captions + kMargin});

    const double titleHeight = PictureChrome::titleHeight(moduleCall(g, record_->layer().hasBias()), width_ - 2 * kMargin);
    title_ = QRectF(kMargin, kMargin, width_ - 2 * kMargin, titleHeight);
    double y = title_.bottom() + 12 + kCaptionRoom;
    termsCaption_ = y;
    y += 10;
    for (AxisRow& row : rows_) {
        row.termTop = y;
        y += termRow_;
    }
    y += 8 + kCaptionRoom;
    tripCaption_ = y;
    y += 8;
    for (AxisRow& row : rows_) {
        // Long candidate lists (large strides) keep the first three, the one picked and the last
        // two, with "⋮" for the rest.
        const ConvRoundTrip trip = roundTrip(row.axis);
        const auto n = static_cast<std::int64_t>(trip.candidates().size());
        std::set<std::int64_t> keep;
        for (std::int64_t i = 0; i < n; ++i)
            if (n <= 8 || i < 3 || i >= n - 2 || i == trip.picked())
                keep.insert(i);
        row.shown.clear();
        std::int64_t previous = -1;
        for (std::int64_t i : keep) {
            if (previous >= 0 && i > previous + 1)
                row.shown.push_back(-1);
            row.shown.push_back(i);
            previous = i;
        }
        row.tripTop = y;
        const double lines = static_cast<double>(row.shown.size()) + (trip.picked() < 0 ? 1 : 0);
        const double why = Typography::wrappedHeight(whyText(row), Typography::kLabel, false, width_ - kMargin - tripWhy_);
        row.tripHeight = std::max({kTripHeader + lines * kLinePitch, why + 8, kTripHeader + 2 * kLinePitch});
        y += row.tripHeight + 16;
    }
    y += 12 + kCaptionRoom;
    tableCaption_ = y;
    tableTop_ = y + 8;
    const double tableBottom = tableTop_ + kTableRow * static_cast<double>(1 + table_.rows().size());
    footer_ = QRectF(kMargin, tableBottom + 24, width_ - 2 * kMargin, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width_, footer_.bottom() + kMargin);
}

QRectF ShapePicture::termRect(int axisRow, Term term) const
{
    double x = kMargin + labelWidth_;
    for (int t = 0; t < term; ++t)
        x += termWidths_[static_cast<std::size_t>(t)] + kOperatorWidth;
    return QRectF(x, rows_[axisRow].termTop, termWidths_[static_cast<std::size_t>(term)], kTermBox);
}

double ShapePicture::candidateRowTop(const AxisRow& row, std::size_t line) const
{
    return row.tripTop + kTripHeader + static_cast<double>(line) * kLinePitch;
}

QRectF ShapePicture::candidateRect(int axisRow, std::int64_t index) const
{
    const AxisRow& row = rows_[axisRow];
    for (std::size_t line = 0; line < row.shown.size(); ++line)
        if (row.shown[line] == index)
            return QRectF(tripBox_, candidateRowTop(row, line) + 4, PictureChrome::kCell, PictureChrome::kCell);
    return {};
}

QRectF ShapePicture::inputSizeRect(int axisRow) const
{
    const AxisRow& row = rows_[axisRow];
    const double lines = static_cast<double>(row.shown.size());
    const double centre = row.tripTop + kTripHeader + lines * kLinePitch / 2;
    return QRectF(tripTarget_, centre - PictureChrome::kCell / 2, PictureChrome::kCell, PictureChrome::kCell);
}

QRectF ShapePicture::tableRowRect(std::size_t row) const
{
    double width = 0;
    for (double w : columnWidths_)
        width += w;
    return QRectF(kMargin, tableTop_ + kTableRow * static_cast<double>(row + 1), width, kTableRow);
}

QString ShapePicture::narration(qint64 step) const
{
    const OutputSizeFormula& f = formula(firstAxis());
    const LayerGeometry& g = record_->geometry();
    // Both axes at once when they have the same arithmetic on a square input ("H and W_out").
    const bool both = rows_.size() == 1 && g.input.h == g.input.w && !g.is1d();
    switch (std::clamp<qint64>(step, 0, stepCount() - 1)) {
    case 0:
        //: "seed 000" is the name of a notebook.
        return tr("The output size is a sum of five terms (PyTorch's formula, worked in seed 000); each step "
                  "fills one in with this layer's numbers.");
    case 1:
        //: H_in is the input height; %2 the input size, %3 the stride, %4 their term.
        return tr("(%1_in − 1)·stride = (%2 − 1)·%3 = %4: the %2 input copies start stride %3 apart, so the "
                  "last one starts %4 cells after the first.")
            .arg(axisLetter(firstAxis()), number(f.in), number(f.stride), number(f.strideTerm()));
    case 2:
        return f.padding == 0 ? tr("− 2·padding = − 2·0 = 0: padding 0 crops nothing from the full buffer.")
                              : tr("− 2·padding = − 2·%1 = −%2: padding crops %1 row(s)/column(s) from each side of the full buffer.")
                                    .arg(number(f.padding), number(f.paddingTerm()));
    case 3:
        return tr("+ dilation·(kernel_size − 1) = %1·(%2 − 1) = %3: the last copy of the kernel reaches %3 "
                  "cells past its first cell (dilation %1 spreads the taps).")
            .arg(number(f.dilation), number(f.kernel), number(f.kernelTerm()));
    case 4:
        return f.output_padding == 0
                   ? tr("+ output_padding = 0: no extra row or column; it only matters when stride > 1 leaves a choice.")
                   : tr("+ output_padding = %1: %1 extra row(s)/column(s) at the bottom/right, to pick the size "
                        "a Conv2d came from.")
                         .arg(number(f.output_padding));
    case 5: {
        QString name = axisLetter(firstAxis()) + QStringLiteral("_out");
        if (both)
            //: Both axes at once; "_out" is appended, giving "H and W_out" (height and width of the output).
            name = tr("H and W") + QStringLiteral("_out");
        //: %1 is the output size's name (H_out, or "H and W_out" for both axes), %2 its value, %3 the output shape.
        return tr("+ 1 counts the first cell: %1 = %2, so the output is %3.")
            .arg(name, number(f.result()), QString::fromStdString(formatShape(g.outputShape())));
    }
    default: {
        const ConvRoundTrip trip = roundTrip(firstAxis());
        const auto& c = trip.candidates();
        if (c.size() <= 1)
            return tr("stride %1: Conv2d with the same arguments maps only %2 back to %3, so output_padding has "
                      "nothing to choose.")
                .arg(number(f.stride), number(f.result()), number(f.in));
        return tr("Conv2d with the same arguments shrinks every size from %1 to %2 back to %3: output_padding "
                  "= %4 (or output_size=%5) picks %5.")
            .arg(number(c.front().size), number(c.back().size), number(f.in), number(f.output_padding), number(f.result()));
    }
    }
}

void ShapePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    GridPainter gp(painter, options);
    const LayerGeometry& g = record_->geometry();
    if (!options.transparentBackground)
        painter.fillRect(bounds_, options.theme.background);
    PictureChrome::paintTitle(gp, title_, moduleCall(g, record_->layer().hasBias()),
                           //: The title's second line: %1 and %2 are tensor shapes, then the step counter.
                           tr("shape arithmetic · input %1 → output %2 · step %3 / %4")
                               .arg(QString::fromStdString(formatShape(g.passedInputShape())),
                                    QString::fromStdString(formatShape(g.outputShape())))
                               .arg(stepAt(position))
                               .arg(stepCount() - 1));

    gp.caption(QPointF(kMargin, termsCaption_), termsCaption(), true, Typography::kHeading);
    for (const AxisRow& row : rows_)
        paintTerms(gp, row, position);

    // The round trip arrives at the last step; before that it stays faint, so the page does not jump.
    const double tripAlpha = std::clamp(position - (stepCount() - 2), 0.0, 1.0);
    painter.setOpacity(0.22 + 0.78 * tripAlpha);
    gp.caption(QPointF(kMargin, tripCaption_), roundTripCaption(), true, Typography::kHeading);
    for (const AxisRow& row : rows_)
        paintRoundTrip(gp, row);
    painter.setOpacity(1.0);

    gp.caption(QPointF(kMargin, tableCaption_), tableCaption(), true, Typography::kHeading);
    paintTable(gp);

    const QString sentence = options.caption.isEmpty() ? narration(stepAt(position)) : options.caption;
    PictureChrome::paintFooter(gp, footer_, sentence, QString(), false);
    painter.restore();
}

void ShapePicture::paintTerms(GridPainter& gp, const AxisRow& row, double position) const
{
    const Theme& theme = gp.theme();
    const OutputSizeFormula& f = formula(row.axis);
    const QString axis = axisLetter(row.axis);
    const QString label = row.name == QLatin1String("H and W") ? QStringLiteral("H_out =\nW_out =")
                                                                 : QStringLiteral("%1_out =").arg(axis);
    gp.text(QRectF(kMargin, row.termTop, labelWidth_ - 10, kTermBox), label, theme.text, kPieceSize, true,
            Qt::AlignRight | Qt::AlignVCenter);
    for (int t = 0; t < kTermCount; ++t) {
        const Term term = static_cast<Term>(t);
        const QRectF box = termRect(static_cast<int>(&row - rows_.data()), term);
        // Term t arrives at step t + 1; the result arrives with the last term.
        const double reveal = std::clamp(position - std::min(t, kTermCount - 2), 0.0, 1.0);
        const QColor color = termColor(theme, term);
        if (!termOperator(term).isEmpty())
            gp.text(QRectF(box.left() - kOperatorWidth, box.top(), kOperatorWidth, kTermBox), termOperator(term),
                    GridPainter::withAlpha(theme.text, 0.35 + 0.65 * reveal), kOperatorSize, true, Qt::AlignCenter);
        gp.painter().fillRect(box, GridPainter::mix(theme.panel, color, 0.10 * reveal));
        gp.frameRect(box, GridPainter::withAlpha(color, 0.35 + 0.65 * reveal), term == Result ? 3.0 : 2.0);
        if (reveal > 0) {
            const QColor ink = GridPainter::withAlpha(term == Result ? color : theme.text, reveal);
            if (term == Result) {
                gp.text(box, termPiece(term, f), ink, kResultSize, true, Qt::AlignCenter | Qt::TextSingleLine);
            } else {
                // The term and its value, two lines centred in the box.
                const double piece = Typography::lineHeight(kPieceSize, true), value = Typography::lineHeight(Typography::kLabel);
                const double top = box.top() + (kTermBox - piece - value - 2) / 2;
                gp.text(QRectF(box.left(), top, box.width(), piece), termPiece(term, f), ink, kPieceSize, true,
                        Qt::AlignCenter | Qt::TextSingleLine);
                gp.text(QRectF(box.left(), top + piece + 2, box.width(), value), QStringLiteral("= ") + number(termValue(row.axis, term)),
                        GridPainter::withAlpha(theme.mutedText, reveal), Typography::kLabel, false, Qt::AlignCenter | Qt::TextSingleLine);
            }
        }
        drawBrace(gp, box.left(), box.right(), box.bottom() + 6, color);
        gp.text(QRectF(box.left(), box.bottom() + 24, box.width(), Typography::lineHeight(Typography::kLabel, true) + 4),
                termLabel(term, axis), color, Typography::kLabel, term == Result, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine);
    }
}

QString ShapePicture::termsCaption() const
{
    //: "seeds 000 and 002" are the names of two notebooks.
    return tr("Output size, term by term (PyTorch's formula; seeds 000 and 002)");
}

QString ShapePicture::roundTripCaption() const
{
    const LayerGeometry& g = record_->geometry();
    //: %4 is empty or ", dilation=2"; keep the Conv2d(...) call as it is.
    return tr("Round trip with Conv2d(kernel_size=%1, stride=%2, padding=%3%4): the sizes it shrinks back to the input size")
        .arg(sizeText(g.kernel), sizeText(g.stride), sizeText(g.padding),
             g.dilation == Size2(1) ? QString() : QStringLiteral(", dilation=") + sizeText(g.dilation));
}

QString ShapePicture::tableCaption() const
{
    const LayerGeometry& g = record_->geometry();
    //: "Seed 000" is the name of a notebook; %1×%2 the input size.
    return tr("Seed 000's table on this %1×%2 input (first row: this layer; rows can be added)").arg(g.input.h).arg(g.input.w);
}

QString ShapePicture::whyText(const AxisRow& row) const
{
    const ConvRoundTrip trip = roundTrip(row.axis);
    const OutputSizeFormula& f = trip.formula();
    const QString axis = axisLetter(row.axis);
    const auto& c = trip.candidates();
    QString why;
    if (c.size() <= 1) {
        why = tr("stride %1: only %2 convolves back to %3, so output_padding has nothing to choose.")
                  .arg(number(f.stride), number(c.empty() ? f.result() : c.front().size), number(f.in));
    } else {
        why = tr("Conv2d divides by stride %1 and rounds down, so %2 sizes give %3: going back, "
                 "output_padding picks one.")
                  .arg(number(f.stride), number(static_cast<std::int64_t>(c.size())), number(f.in));
        why += trip.picked() >= 0
                   //: Follows the previous sentence; keep the leading space.
                   ? tr(" This layer: output_padding = %1 → %2.").arg(number(f.output_padding), number(f.result()))
                   //: Follows the previous sentence; keep the leading space.
                   : tr(" This layer's output_padding = %1 ≥ stride (allowed as dilation %2 > stride) leaves "
                        "the round trip.")
                         .arg(number(f.output_padding), number(f.dilation));
    }
    // PyTorch's _output_padding accepts output_size in [min, min + stride − 1].
    if (f.maximum() > f.minimum())
        //: A new paragraph (keep the two line breaks); %1_out is H_out or W_out.
        why += tr("\n\nforward(x, output_size=…) accepts %1_out from %2 to %3 (min + stride − 1) and sets "
                  "output_padding = %1_out − %2.")
                   .arg(axis, number(f.minimum()), number(f.maximum()));
    else
        //: A new paragraph (keep the two line breaks); %1_out is H_out or W_out.
        why += tr("\n\nforward(x, output_size=…) accepts only %1_out = %2 here.").arg(axis, number(f.minimum()));
    return why;
}

void ShapePicture::paintRoundTrip(GridPainter& gp, const AxisRow& row) const
{
    const Theme& theme = gp.theme();
    const int axisRow = static_cast<int>(&row - rows_.data());
    const ConvRoundTrip trip = roundTrip(row.axis);
    const OutputSizeFormula& f = trip.formula();
    const QString axis = axisLetter(row.axis);
    const int single = Qt::TextSingleLine;

    const double headerTop = row.tripTop;
    gp.text(QRectF(kMargin, headerTop, tripPad_, kTripHeader), QStringLiteral("output_padding"), theme.mutedText,
            Typography::kSmall, false, Qt::AlignRight | Qt::AlignVCenter | single);
    gp.text(QRectF(tripBox_ - 8, headerTop, PictureChrome::kCell + 16, kTripHeader), axis + QStringLiteral("_out"), theme.mutedText,
            Typography::kSmall, false, Qt::AlignHCenter | Qt::AlignVCenter | single);
    gp.text(QRectF(tripText_, headerTop, tripTextWidth_, kTripHeader),
            QStringLiteral("Conv2d: ⌊(i + 2·padding − dilation·(kernel_size − 1) − 1) / stride⌋ + 1"), theme.mutedText,
            Typography::kSmall, false, Qt::AlignLeft | Qt::AlignVCenter | single);

    const QRectF target = inputSizeRect(axisRow);
    auto drawLine = [&](std::size_t line, const RoundTripCandidate& c, bool picked, bool refused) {
        const double top = candidateRowTop(row, line);
        const QColor ink = refused ? theme.error : picked ? theme.highlight : theme.text;
        gp.text(QRectF(kMargin, top, tripPad_, kLinePitch), number(c.output_padding), picked || refused ? ink : theme.mutedText,
                Typography::kCell, picked, Qt::AlignRight | Qt::AlignVCenter | single);
        const QRectF box(tripBox_, top + 4, PictureChrome::kCell, PictureChrome::kCell);
        gp.painter().fillRect(box, picked ? GridPainter::mix(theme.panel, theme.highlight, 0.22) : theme.panel);
        gp.frameRect(box, picked ? theme.highlight : refused ? theme.error : theme.gridStrong, picked ? 3.0 : 1.5);
        gp.cellText(box, number(c.size), ink, picked);
        QString text = QStringLiteral("→  ") + conv2dText(c, f);
        if (refused)
            text += QStringLiteral("  ≠ %1").arg(number(f.in));
        gp.text(QRectF(tripText_, top, tripTextWidth_ + 4, kLinePitch), text, ink, Typography::kLabel, picked,
                Qt::AlignLeft | Qt::AlignVCenter | single);
        if (!refused) {
            gp.painter().setPen(QPen(picked ? theme.highlight : GridPainter::withAlpha(theme.mutedText, 0.8),
                                     (picked ? 2.5 : 1.2) / std::max(gp.scale(), 1e-6)));
            gp.painter().drawLine(QPointF(tripText_ + Typography::width(text, Typography::kLabel, picked) + 8, box.center().y()),
                                  QPointF(target.left() - 2, target.center().y()));
        }
    };
    for (std::size_t line = 0; line < row.shown.size(); ++line) {
        const std::int64_t index = row.shown[line];
        if (index < 0) {
            gp.text(QRectF(tripBox_, candidateRowTop(row, line), PictureChrome::kCell, kLinePitch), QStringLiteral("⋮"), theme.mutedText,
                    16, true, Qt::AlignCenter);
            continue;
        }
        drawLine(line, trip.candidates()[static_cast<std::size_t>(index)], index == trip.picked(), false);
    }
    if (trip.picked() < 0)
        drawLine(row.shown.size(), trip.current(), false, true);

    gp.painter().fillRect(target, GridPainter::mix(theme.panel, theme.pinned, 0.15));
    gp.frameRect(target, theme.gridStrong, 2.0);
    gp.cellText(target, number(f.in), theme.text, true);
    const double label = Typography::lineHeight(Typography::kLabel, true) + 2;
    gp.text(QRectF(target.left() - 20, target.top() - label - 2, target.width() + 40, label), axis + QStringLiteral("_in"),
            theme.text, Typography::kLabel, true, Qt::AlignHCenter | Qt::AlignBottom | single);

    gp.text(QRectF(tripWhy_, row.tripTop, width_ - kMargin - tripWhy_, row.tripHeight), whyText(row), theme.text, Typography::kLabel,
            false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void ShapePicture::paintTable(GridPainter& gp) const
{
    const Theme& theme = gp.theme();
    const QStringList headers = tableHeaders();
    auto cellRect = [&](double top, int column) {
        double x = kMargin;
        for (int c = 0; c < column; ++c)
            x += columnWidths_[static_cast<std::size_t>(c)];
        return QRectF(x + 8, top, columnWidths_[static_cast<std::size_t>(column)] - 16, kTableRow);
    };
    const QRectF header = tableRowRect(0).translated(0, -kTableRow);
    gp.painter().fillRect(header, GridPainter::mix(theme.panel, theme.grid, 0.5));
    for (int c = 0; c < headers.size(); ++c)
        gp.text(cellRect(header.top(), c), headers[c], theme.text, Typography::kSmall, true, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);

    const auto& rows = table_.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ShapeTableRow& r = rows[i];
        const QRectF rect = tableRowRect(i);
        const bool layer = i == 0, same = table_.matchesLayer(i);
        QColor fill = i % 2 ? GridPainter::mix(theme.panel, theme.background, 0.6) : theme.panel;
        if (layer || same)
            fill = GridPainter::mix(theme.panel, theme.highlight, layer ? 0.16 : 0.08);
        gp.painter().fillRect(rect, fill);
        const QColor ink = r.valid() ? theme.text : theme.mutedText;
        const QStringList cells = tableCells(i);
        for (int c = 0; c < cells.size(); ++c)
            gp.text(cellRect(rect.top(), c), cells[c], layer && c == 0 ? theme.highlight : ink, Typography::kLabel,
                    layer || c == 7, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        if (!r.valid()) {
            // PyTorch's message over the last two columns, in at most two measured lines.
            QRectF message = cellRect(rect.top(), 6);
            message.setRight(cellRect(rect.top(), 7).right());
            const QStringList lines = Typography::wrap(shortError(r.error), Typography::kSmall, false, message.width(), 2);
            gp.text(message, lines.join(QLatin1Char('\n')), theme.error, Typography::kSmall, false, Qt::AlignLeft | Qt::AlignVCenter);
        }
        if (layer)
            gp.frameRect(rect, theme.highlight, 2.0);
    }
    QRectF all = tableRowRect(0).united(tableRowRect(rows.size() - 1));
    all.setTop(header.top());
    gp.frameRect(all, theme.gridStrong, 1.0);
}

} // namespace sb
