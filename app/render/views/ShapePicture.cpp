// SPDX-License-Identifier: MIT
#include "app/render/views/ShapePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"

#include <QPainterPath>

#include <algorithm>
#include <array>
#include <set>

namespace sb {

namespace {

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
        rows_.push_back({1, QStringLiteral("L")});
    else
        rows_.push_back({0, same ? QStringLiteral("H and W") : QStringLiteral("H")});
    if (!same && !record_->geometry().is1d())
        rows_.push_back({1, QStringLiteral("W")});

    ShapeLayout::Texts texts;
    texts.title = moduleCall(record_->geometry(), record_->layer().hasBias());
    for (const AxisRow& row : rows_) {
        ShapeLayout::AxisTexts axis;
        const QString letter = axisLetter(row.axis);
        const OutputSizeFormula& f = formula(row.axis);
        for (int t = 0; t < kTermCount; ++t) {
            const Term term = static_cast<Term>(t);
            const auto i = static_cast<std::size_t>(t);
            axis.labels[i] = termLabel(term, letter);
            axis.pieces[i] = termPiece(term, f);
            if (term != Result)
                axis.values[i] = QStringLiteral("= ") + number(termValue(row.axis, term));
        }
        // Every line the round trip can write: each candidate's, and the layer's own when refused.
        const ConvRoundTrip trip = roundTrip(row.axis);
        for (const RoundTripCandidate& c : trip.candidates())
            axis.tripLines << QStringLiteral("→  ") + conv2dText(c, trip.formula());
        axis.tripLines << QStringLiteral("→  ") + conv2dText(trip.current(), trip.formula())
                              + QStringLiteral("  ≠ %1").arg(number(trip.formula().in));
        axis.candidates = static_cast<std::int64_t>(trip.candidates().size());
        axis.picked = trip.picked();
        axis.why = whyText(row);
        texts.axes.push_back(axis);
    }
    texts.termsCaption = termsCaption();
    texts.tripCaption = roundTripCaption();
    texts.tableCaption = tableCaption();
    texts.tripHeader = conv2dHeader();
    texts.tableHeaders = tableHeaders();
    for (std::size_t i = 0; i < table_.rows().size(); ++i)
        texts.tableRows.push_back(tableCells(i));
    layout_ = ShapeLayout(texts);
}

QString ShapePicture::conv2dHeader()
{
    return QStringLiteral("Conv2d: ⌊(i + 2·padding − dilation·(kernel_size − 1) − 1) / stride⌋ + 1");
}

QRectF ShapePicture::termRect(int axisRow, Term term) const
{
    return layout_.termRect(static_cast<std::size_t>(axisRow), term);
}

QRectF ShapePicture::candidateRect(int axisRow, std::int64_t index) const
{
    return layout_.candidateRect(static_cast<std::size_t>(axisRow), index);
}

QRectF ShapePicture::inputSizeRect(int axisRow) const
{
    return layout_.inputSizeRect(static_cast<std::size_t>(axisRow));
}

QRectF ShapePicture::tableRowRect(std::size_t row) const
{
    return layout_.tableRowRect(row);
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

// One frame's painting, section by section over the layout (as EquivalentPicture's painter).
class ShapePicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const ShapePicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position, Edges::Smooth), pic_(picture), L_(picture.layout_)
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        paintTitle();
        gp_.caption(QPointF(kMargin, L_.termsCaptionY()), pic_.termsCaption(), true, Typography::kHeading);
        for (std::size_t r = 0; r < pic_.rows_.size(); ++r)
            paintTerms(r);
        // The round trip arrives at the last step; before that it stays faint, so the page does not jump.
        const double tripAlpha = std::clamp(position_ - (pic_.stepCount() - 2), 0.0, 1.0);
        p_.setOpacity(0.22 + 0.78 * tripAlpha);
        gp_.caption(QPointF(kMargin, L_.tripCaptionY()), pic_.roundTripCaption(), true, Typography::kHeading);
        for (std::size_t r = 0; r < pic_.rows_.size(); ++r)
            paintRoundTrip(r);
        p_.setOpacity(1.0);
        gp_.caption(QPointF(kMargin, L_.tableCaptionY()), pic_.tableCaption(), true, Typography::kHeading);
        paintTable();
        paintNarration(pic_, L_.footerRect());
    }

private:
    static constexpr double kMargin = PictureChrome::kMargin;
    static constexpr double kOperatorWidth = ShapeLayout::kOperatorWidth;
    static constexpr double kTermBox = ShapeLayout::kTermBox;
    static constexpr double kLinePitch = ShapeLayout::kLinePitch;
    static constexpr double kTripHeader = ShapeLayout::kTripHeader;
    static constexpr double kTableRow = ShapeLayout::kTableRow;
    static constexpr double kPieceSize = ShapeLayout::kPieceSize;
    static constexpr double kResultSize = ShapeLayout::kResultSize;
    static constexpr double kOperatorSize = ShapeLayout::kOperatorSize;

    void paintTitle()
    {
        const LayerGeometry& g = pic_.record_->geometry();
        PictureChrome::paintTitle(gp_, L_.titleRect(), moduleCall(g, pic_.record_->layer().hasBias()),
                                  //: The title's second line: %1 and %2 are tensor shapes, then the step counter.
                                  ShapePicture::tr("shape arithmetic · input %1 → output %2 · step %3 / %4")
                                      .arg(QString::fromStdString(formatShape(g.passedInputShape())),
                                           QString::fromStdString(formatShape(g.outputShape())))
                                      .arg(pic_.stepAt(position_))
                                      .arg(pic_.stepCount() - 1));
    }

    // An axis row's formula, each term boxed and revealed at its step, its label under a brace.
    void paintTerms(std::size_t r)
    {
        const AxisRow& row = pic_.rows_[r];
        const OutputSizeFormula& f = pic_.formula(row.axis);
        const QString axis = pic_.axisLetter(row.axis);
        const QString label = row.name == QLatin1String("H and W") ? QStringLiteral("H_out =\nW_out =")
                                                                   : QStringLiteral("%1_out =").arg(axis);
        gp_.text(L_.termLabelRect(r), label, theme_.text, kPieceSize, true, Qt::AlignRight | Qt::AlignVCenter);
        for (int t = 0; t < kTermCount; ++t) {
            const Term term = static_cast<Term>(t);
            const QRectF box = L_.termRect(r, term);
            // Term t arrives at step t + 1; the result arrives with the last term.
            const double reveal = std::clamp(position_ - std::min(t, kTermCount - 2), 0.0, 1.0);
            const QColor color = termColor(theme_, term);
            if (!termOperator(term).isEmpty())
                gp_.text(QRectF(box.left() - kOperatorWidth, box.top(), kOperatorWidth, kTermBox), termOperator(term),
                         GridPainter::withAlpha(theme_.text, 0.35 + 0.65 * reveal), kOperatorSize, true,
                         Qt::AlignCenter);
            p_.fillRect(box, GridPainter::mix(theme_.panel, color, 0.10 * reveal));
            gp_.frameRect(box, GridPainter::withAlpha(color, 0.35 + 0.65 * reveal), term == Result ? 3.0 : 2.0);
            if (reveal > 0) {
                const QColor ink = GridPainter::withAlpha(term == Result ? color : theme_.text, reveal);
                if (term == Result) {
                    gp_.text(box, termPiece(term, f), ink, kResultSize, true, Qt::AlignCenter | Qt::TextSingleLine);
                } else {
                    // The term and its value, two lines centred in the box.
                    const double piece = Typography::lineHeight(kPieceSize, true),
                                 value = Typography::lineHeight(Typography::kLabel);
                    const double top = box.top() + (kTermBox - piece - value - 2) / 2;
                    gp_.text(QRectF(box.left(), top, box.width(), piece), termPiece(term, f), ink, kPieceSize, true,
                             Qt::AlignCenter | Qt::TextSingleLine);
                    gp_.text(QRectF(box.left(), top + piece + 2, box.width(), value),
                             QStringLiteral("= ") + number(pic_.termValue(row.axis, term)),
                             GridPainter::withAlpha(theme_.mutedText, reveal), Typography::kLabel, false,
                             Qt::AlignCenter | Qt::TextSingleLine);
                }
            }
            drawBrace(gp_, box.left(), box.right(), box.bottom() + 6, color);
            gp_.text(QRectF(box.left(), box.bottom() + 24, box.width(),
                            Typography::lineHeight(Typography::kLabel, true) + 4),
                     termLabel(term, axis), color, Typography::kLabel, term == Result,
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine);
        }
    }

    // An axis row's round trip: the candidate sizes Conv2d shrinks back to the input size, the
    // one output_padding picks, the input-size box they converge on, and why.
    void paintRoundTrip(std::size_t r)
    {
        const AxisRow& row = pic_.rows_[r];
        const ConvRoundTrip trip = pic_.roundTrip(row.axis);
        const OutputSizeFormula& f = trip.formula();
        const QString axis = pic_.axisLetter(row.axis);
        const int single = Qt::TextSingleLine;
        const double tripBox = L_.tripBoxLeft(), tripText = L_.tripTextLeft();

        const double headerTop = L_.rows()[r].tripTop;
        gp_.text(QRectF(kMargin, headerTop, L_.tripPadWidth(), kTripHeader), QStringLiteral("output_padding"),
                 theme_.mutedText, Typography::kSmall, false, Qt::AlignRight | Qt::AlignVCenter | single);
        gp_.text(QRectF(tripBox - 8, headerTop, PictureChrome::kCell + 16, kTripHeader), axis + QStringLiteral("_out"),
                 theme_.mutedText, Typography::kSmall, false, Qt::AlignHCenter | Qt::AlignVCenter | single);
        gp_.text(QRectF(tripText, headerTop, L_.tripTextWidth(), kTripHeader), conv2dHeader(), theme_.mutedText,
                 Typography::kSmall, false, Qt::AlignLeft | Qt::AlignVCenter | single);

        const QRectF target = L_.inputSizeRect(r);
        auto drawLine = [&](std::size_t line, const RoundTripCandidate& c, bool picked, bool refused) {
            const double top = L_.candidateRowTop(r, line);
            const QColor ink = refused ? theme_.error : picked ? theme_.highlight : theme_.text;
            gp_.text(QRectF(kMargin, top, L_.tripPadWidth(), kLinePitch), number(c.output_padding),
                     picked || refused ? ink : theme_.mutedText, Typography::kCell, picked,
                     Qt::AlignRight | Qt::AlignVCenter | single);
            const QRectF box(tripBox, top + 4, PictureChrome::kCell, PictureChrome::kCell);
            p_.fillRect(box, picked ? GridPainter::mix(theme_.panel, theme_.highlight, 0.22) : theme_.panel);
            gp_.frameRect(box,
                          picked    ? theme_.highlight
                          : refused ? theme_.error
                                    : theme_.gridStrong,
                          picked ? 3.0 : 1.5);
            gp_.cellText(box, number(c.size), ink, picked);
            QString text = QStringLiteral("→  ") + conv2dText(c, f);
            if (refused)
                text += QStringLiteral("  ≠ %1").arg(number(f.in));
            gp_.text(QRectF(tripText, top, L_.tripTextWidth() + 4, kLinePitch), text, ink, Typography::kLabel, picked,
                     Qt::AlignLeft | Qt::AlignVCenter | single);
            if (!refused) {
                p_.setPen(QPen(picked ? theme_.highlight : GridPainter::withAlpha(theme_.mutedText, 0.8),
                               (picked ? 2.5 : 1.2) / std::max(gp_.scale(), 1e-6)));
                p_.drawLine(
                    QPointF(tripText + Typography::width(text, Typography::kLabel, picked) + 8, box.center().y()),
                    QPointF(target.left() - 2, target.center().y()));
            }
        };
        const std::vector<std::int64_t>& shown = L_.rows()[r].shown;
        for (std::size_t line = 0; line < shown.size(); ++line) {
            const std::int64_t index = shown[line];
            if (index < 0) {
                gp_.text(QRectF(tripBox, L_.candidateRowTop(r, line), PictureChrome::kCell, kLinePitch),
                         QStringLiteral("⋮"), theme_.mutedText, 16, true, Qt::AlignCenter);
                continue;
            }
            drawLine(line, trip.candidates()[static_cast<std::size_t>(index)], index == trip.picked(), false);
        }
        if (trip.picked() < 0)
            drawLine(shown.size(), trip.current(), false, true);

        p_.fillRect(target, GridPainter::mix(theme_.panel, theme_.pinned, 0.15));
        gp_.frameRect(target, theme_.gridStrong, 2.0);
        gp_.cellText(target, number(f.in), theme_.text, true);
        const double label = Typography::lineHeight(Typography::kLabel, true) + 2;
        gp_.text(QRectF(target.left() - 20, target.top() - label - 2, target.width() + 40, label),
                 axis + QStringLiteral("_in"), theme_.text, Typography::kLabel, true,
                 Qt::AlignHCenter | Qt::AlignBottom | single);

        gp_.text(L_.whyRect(r), pic_.whyText(row), theme_.text, Typography::kLabel, false,
                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    }

    // Seed 000's table: the layer's row first and framed, rows PyTorch refuses with its message.
    void paintTable()
    {
        const QStringList headers = pic_.tableHeaders();
        const QRectF header = L_.tableRowRect(0).translated(0, -kTableRow);
        p_.fillRect(header, GridPainter::mix(theme_.panel, theme_.grid, 0.5));
        for (int c = 0; c < headers.size(); ++c)
            gp_.text(L_.tableCellRect(header.top(), c), headers[c], theme_.text, Typography::kSmall, true,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);

        const auto& rows = pic_.table_.rows();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ShapeTableRow& r = rows[i];
            const QRectF rect = L_.tableRowRect(i);
            const bool layer = i == 0, same = pic_.table_.matchesLayer(i);
            QColor fill = i % 2 ? GridPainter::mix(theme_.panel, theme_.background, 0.6) : theme_.panel;
            if (layer || same)
                fill = GridPainter::mix(theme_.panel, theme_.highlight, layer ? 0.16 : 0.08);
            p_.fillRect(rect, fill);
            const QColor ink = r.valid() ? theme_.text : theme_.mutedText;
            const QStringList cells = pic_.tableCells(i);
            for (int c = 0; c < cells.size(); ++c)
                gp_.text(L_.tableCellRect(rect.top(), c), cells[c], layer && c == 0 ? theme_.highlight : ink,
                         Typography::kLabel, layer || c == 7, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
            if (!r.valid()) {
                // PyTorch's message over the last two columns, in at most two measured lines.
                QRectF message = L_.tableCellRect(rect.top(), 6);
                message.setRight(L_.tableCellRect(rect.top(), 7).right());
                const QStringList lines =
                    Typography::wrap(shortError(r.error), Typography::kSmall, false, message.width(), 2);
                gp_.text(message, lines.join(QLatin1Char('\n')), theme_.error, Typography::kSmall, false,
                         Qt::AlignLeft | Qt::AlignVCenter);
            }
            if (layer)
                gp_.frameRect(rect, theme_.highlight, 2.0);
        }
        QRectF all = L_.tableRowRect(0).united(L_.tableRowRect(rows.size() - 1));
        all.setTop(header.top());
        gp_.frameRect(all, theme_.gridStrong, 1.0);
    }

    const ShapePicture& pic_;
    const ShapeLayout& L_;
};

void ShapePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}
} // namespace sb
