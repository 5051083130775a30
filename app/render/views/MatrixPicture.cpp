// SPDX-License-Identifier: MIT
#include "app/render/views/MatrixPicture.h"

#include "app/render/CellSweep.h"
#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sb {

namespace {

struct MatrixPictureText {
    Q_DECLARE_TR_FUNCTIONS(MatrixPicture)
};

class MatrixPainter : public PicturePainter {
public:
    MatrixPainter(QPainter& p, const MatrixPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), m_(picture.model()), layout_(picture.layout()),
          g_(m_.geometry()), sweep_(CellSweep::at(position, m_.rows())),
          inspection_(picture.inspect(options.inspection.target))
    {
        const HitTarget& target = options.inspection.target;
        if (target.kind == HitTarget::Kind::Output || target.kind == HitTarget::Kind::Buffer) {
            focusRow_ = m_.rowOf(target.oy, target.ox);
            fromRow_ = focusRow_;
        } else {
            focusRow_ = sweep_.current;
            fromRow_ = sweep_.previous;
            t_ = sweep_.t;
        }
        if (target.kind == HitTarget::Kind::Input || target.kind == HitTarget::Kind::Buffer)
            focusColumn_ = m_.columnOf(target.ci, target.iy, target.ix);
    }

    void paint()
    {
        fillBackground(layout_.bounds());
        paintTitle();
        for (int b = 0; b < layout_.blockCount(); ++b) {
            paintMatrix(b);
            paintColumnLabels(b);
            paintOutputVector(b);
        }
        paintInputVector();
        paintFocus();
        paintFooter();
    }

private:
    // Each column in its input element's colour, as that element's buffer is in the scatter view:
    // column x[i,j] of Wᵀ is x[i,j]'s kernel copy laid out over the output, so a row shows, in
    // colours, which elements' copies overlap on its cell — the stripes of the scatter's full buffer.
    QColor columnColour(qint64 col, double strength) const
    {
        std::int64_t c = 0, iy = 0, ix = 0;
        m_.elementOfColumn(col, c, iy, ix);
        return o_.palette.tint(c, iy, ix, strength);
    }
    // The size labels are written at this zoom, or nullopt when a row (a column) is too thin for
    // their line: labels are then left off, like the numbers (level of detail).
    std::optional<double> labelSize(double cell) const
    {
        const double px = std::max(Typography::kLabel, Typography::kMinimum / std::max(gp_.scale(), 1e-9));
        if (Typography::lineHeight(px, true) > cell)
            return std::nullopt;
        return px;
    }
    // A value's shade where a grid shows colour instead of numbers (a heat-map of its values).
    QColor valueShade(double v, double lo, double hi) const
    {
        const double t = hi > lo && std::isfinite(v) ? (v - lo) / (hi - lo) : 0.0;
        return GridPainter::mix(o_.theme.panel, o_.theme.text, 0.08 + 0.6 * std::clamp(t, 0.0, 1.0));
    }
    QColor zeroFill() const
    {
        return pic_.hidesZeros() ? o_.theme.panel : GridPainter::mix(o_.theme.panel, o_.theme.mutedText, 0.06);
    }

    void paintTitle()
    {
        //: The title's second line begins: %1 is the view's name ("matrix"); y = Wᵀ·x is a formula
        QString where = MatrixPictureText::tr("%1 view y = Wᵀ·x · ").arg(viewTitle(ViewId::Matrix));
        if (g_.batch > 1 || g_.out_channels > 1)
            where += QStringLiteral("n=%1, co=%2 · ").arg(m_.plane().n).arg(m_.plane().co);
        if (m_.channelCount() > 1)
            where += MatrixPictureText::tr("input channels %1–%2 · ").arg(m_.firstChannel()).arg(m_.firstChannel() + m_.channelCount() - 1);
        where += MatrixPictureText::tr("step %1 / %2").arg(sweep_.step).arg(pic_.stepCount() - 1);
        if (sweep_.current >= 0)
            //: %1 is an output cell like y[0,1], whose row of Wᵀ is shown
            where += MatrixPictureText::tr(" · row %1").arg(pic_.rowName(sweep_.current));
        if (pic_.hidesZeros())
            where += MatrixPictureText::tr(" · zeros hidden");
        else if (!pic_.writesZeros())
            where += MatrixPictureText::tr(" · zeros left blank");
        PictureChrome::paintTitle(gp_, layout_.titleRect(), moduleCall(g_, m_.record().layer().hasBias()), where);
        gp_.text(layout_.noteRect(), MatrixPicture::note(), o_.theme.mutedText, Typography::kSmall, false,
                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
    }

    void paintMatrix(int block)
    {
        const GridGeometry grid = layout_.matrixBlock(block);
        const qint64 first = layout_.firstRowOf(block);
        const QString rows = layout_.blockCount() > 1
                                 //: After the matrix's caption "Wᵀ  12×9": %1 and %2 are output cells like y[0,0], y[3,2]
                                 ? MatrixPictureText::tr(", rows %1–%2").arg(pic_.rowName(first), pic_.rowName(first + grid.rows - 1))
                                 : QString();
        gp_.caption(layout_.columnLabels(block).topLeft(), QStringLiteral("Wᵀ  %1×%2").arg(m_.rows()).arg(m_.columns()) + rows, true,
                    Typography::kHeading);
        p_.fillRect(grid.rect(), zeroFill());
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        // Numbers for the whole grid or none: colour alone when its widest does not fit.
        const std::optional<double> px = gp_.gridTextSize(grid.cell, pic_.widestMatrixText());
        const bool zeroText = pic_.writesZeros() && px.has_value();
        std::vector<char> tap(static_cast<std::size_t>(std::max<qint64>(c1 - c0, 0)));
        for (qint64 r = r0; r < r1; ++r) {
            std::fill(tap.begin(), tap.end(), 0);
            // Only Wᵀ's stored entries are visited: a large matrix costs its taps, not its cells.
            for (TransposedConvMatrix::Matrix::InnerIterator it(m_.transposed(), first + r); it; ++it) {
                const qint64 col = it.col();
                if (col < c0 || col >= c1)
                    continue;
                tap[static_cast<std::size_t>(col - c0)] = 1;
                const QRectF rect = grid.cellRect(r, col);
                const QColor fill = columnColour(col, 0.55);
                p_.fillRect(rect, fill);
                if (px)
                    gp_.cellText(rect, pic_.matrixFormat().text(it.value()), PictureChrome::inkOn(fill), *px);
            }
            if (zeroText)
                for (qint64 col = c0; col < c1; ++col)
                    if (!tap[static_cast<std::size_t>(col - c0)])
                        gp_.cellText(grid.cellRect(r, col), QStringLiteral("0"),
                                     GridPainter::withAlpha(o_.theme.mutedText, 0.55), *px);
        }
        if (grid.cell * gp_.scale() >= 5.0)
            gp_.gridLines(grid, GridPainter::withAlpha(o_.theme.grid, 0.8));
        paintBlockLines(grid, first, true);
        gp_.frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
    }

    // Row-major flattening made visible: a stronger line after every output row (W_out cells) and
    // every input row (W entries), the strongest between input channels.
    void paintBlockLines(const GridGeometry& grid, qint64 firstRow, bool columns)
    {
        const QRectF r = grid.rect();
        const double hair = 1.0 / std::max(gp_.scale(), 1e-6);
        p_.setPen(QPen(GridPainter::withAlpha(o_.theme.gridStrong, 0.45), hair));
        for (qint64 row = 1; row < grid.rows; ++row)
            if ((firstRow + row) % g_.output.w == 0)
                p_.drawLine(QPointF(r.left(), r.top() + row * grid.cell), QPointF(r.right(), r.top() + row * grid.cell));
        if (!columns)
            return;
        const qint64 planeSize = g_.input.h * g_.input.w;
        for (qint64 col = g_.input.w; col < grid.cols; col += g_.input.w) {
            p_.setPen(QPen(GridPainter::withAlpha(o_.theme.gridStrong, col % planeSize == 0 ? 1.0 : 0.45),
                           (col % planeSize == 0 ? 2.5 : 1.0) * hair));
            p_.drawLine(QPointF(r.left() + col * grid.cell, r.top()), QPointF(r.left() + col * grid.cell, r.bottom()));
        }
    }

    void paintColumnLabels(int block)
    {
        const GridGeometry grid = layout_.matrixBlock(block);
        const QRectF band = layout_.columnLabels(block);
        qint64 r0, r1, c0, c1;
        // The band is above the matrix: cull columns by x only.
        gp_.visibleSpan(GridGeometry{QPointF(grid.origin.x(), band.top()), 1, grid.cols, grid.cell}, r0, r1, c0, c1);
        const std::optional<double> labels = labelSize(grid.cell);
        const double barTop = grid.origin.y() - MatrixLayout::kColourBar - 2;
        for (qint64 col = c0; col < c1; ++col) {
            const QRectF bar(grid.origin.x() + col * grid.cell, barTop, grid.cell, MatrixLayout::kColourBar);
            std::int64_t c = 0, iy = 0, ix = 0;
            m_.elementOfColumn(col, c, iy, ix);
            p_.fillRect(bar.adjusted(1, 0, -1, 0), o_.palette.color(c, iy, ix));
            if (!labels)
                continue;
            // Rotated a quarter turn, reading upwards from the bar.
            p_.save();
            p_.translate(bar.center().x(), barTop - 4);
            p_.rotate(-90);
            gp_.text(QRectF(0, -grid.cell / 2, band.height() - MatrixLayout::kColourBar - 8, grid.cell), pic_.columnName(col),
                     focusColumn_ == col ? inspectColor() : o_.theme.text, *labels, focusColumn_ == col,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
            p_.restore();
        }
    }

    void paintOutputVector(int block)
    {
        const GridGeometry grid = layout_.outputBlock(block);
        const qint64 first = layout_.firstRowOf(block);
        gp_.caption(grid.origin, QStringLiteral("y"), true, Typography::kHeading);
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        const std::optional<double> labels = labelSize(grid.cell);
        const std::optional<double> px = gp_.gridTextSize(grid.cell, pic_.widestOutputText(), true);
        const auto [lo, hi] = range(true);
        const QRectF band = layout_.rowLabels(block);
        for (qint64 r = r0; r < r1; ++r) {
            const qint64 row = first + r;
            const QRectF rect = grid.cellRect(r, 0);
            const bool filled = row < sweep_.filled;
            p_.fillRect(rect, filled && !px ? valueShade(m_.outputValue(row), lo, hi) : o_.theme.panel);
            if (filled && px)
                gp_.cellText(rect, pic_.outputFormat().text(m_.outputValue(row)), o_.theme.text, *px, row == focusRow_);
            if (labels)
                gp_.text(QRectF(band.left(), rect.top(), band.width(), rect.height()), pic_.rowName(row),
                         row == focusRow_ ? o_.theme.text : o_.theme.mutedText, *labels, row == focusRow_,
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
        }
        gp_.gridLines(grid, o_.theme.grid);
        paintBlockLines(grid, first, false);
        gp_.frameRect(grid.rect(), o_.theme.gridStrong, sweep_.filled == m_.rows() ? 2.5 : 1.5);
        paintOperator(layout_.equalsRect(block), QStringLiteral("="));
    }

    void paintInputVector()
    {
        const GridGeometry& grid = layout_.inputVector();
        gp_.caption(grid.origin, QStringLiteral("x"), true, Typography::kHeading);
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        const std::optional<double> labels = labelSize(grid.cell);
        const std::optional<double> px = gp_.gridTextSize(grid.cell, pic_.widestInputText());
        const QRectF band = layout_.inputLabels();
        for (qint64 col = r0; col < r1; ++col) {
            const QRectF rect = grid.cellRect(col, 0);
            p_.fillRect(rect, columnColour(col, 0.6));
            if (px)
                gp_.cellText(rect, pic_.inputFormat().text(m_.inputValue(col)), PictureChrome::inkOn(columnColour(col, 0.6)), *px);
            if (labels)
                gp_.text(QRectF(band.left(), rect.top(), band.width(), rect.height()), pic_.columnName(col), o_.theme.mutedText, *labels,
                         false, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        }
        gp_.gridLines(grid, o_.theme.grid);
        gp_.frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
        // The product's dot, drawn rather than typed: a text "·" is too small to see at this size.
        const QRectF times = layout_.timesRect().intersected(layout_.matrixBlock(layout_.blockCount() - 1).rect().united(grid.rect()));
        const QRectF seen = times.intersected(gp_.visible());
        const QPointF centre((times.left() + times.right()) / 2, seen.isEmpty() ? times.center().y() : seen.center().y());
        p_.save();
        p_.setRenderHint(QPainter::Antialiasing, true);
        p_.setPen(Qt::NoPen);
        p_.setBrush(o_.theme.text);
        p_.drawEllipse(centre, 5.0, 5.0);
        p_.restore();
    }

    // "=" level with the middle of the rows in view, so it stays on screen when zoomed in.
    void paintOperator(const QRectF& rect, const QString& symbol)
    {
        const QRectF seen = rect.intersected(gp_.visible());
        const double y = seen.isEmpty() ? rect.center().y() : seen.center().y();
        gp_.text(QRectF(rect.left(), y - 30, rect.width(), 60), symbol, o_.theme.text, 30, true, Qt::AlignCenter);
    }

    void paintFocus()
    {
        const GridGeometry& x = layout_.inputVector();
        const QColor accent = o_.inspection.isEmpty() ? o_.theme.highlight : inspectColor();
        if (focusRow_ >= 0) {
            // The row band slides from the previous row (within a block; across blocks it jumps);
            // the first one fades in.
            QRectF row = layout_.matrixRow(focusRow_), cell = layout_.outputCell(focusRow_);
            double alpha = 1.0;
            if (fromRow_ >= 0 && fromRow_ != focusRow_) {
                const QRectF from = layout_.matrixRow(fromRow_);
                if (from.left() == row.left()) {
                    const double dy = (row.top() - from.top()) * (1.0 - t_);
                    row.translate(0, -dy);
                    cell.translate(0, -dy);
                }
            } else if (fromRow_ < 0) {
                alpha = t_;
            }
            p_.fillRect(row, GridPainter::withAlpha(accent, 0.10 * alpha));
            gp_.frameRect(row, GridPainter::withAlpha(accent, alpha), 2.5);
            gp_.frameRect(cell.adjusted(1, 1, -1, -1), GridPainter::withAlpha(accent, alpha), 3.0);
            // The entries of x this row multiplies.
            for (TransposedConvMatrix::Matrix::InnerIterator it(m_.transposed(), focusRow_); it; ++it)
                gp_.frameRect(x.cellRect(it.col(), 0).adjusted(1.5, 1.5, -1.5, -1.5), GridPainter::withAlpha(accent, alpha), 3.0);
        }
        if (focusColumn_ >= 0) {
            for (int b = 0; b < layout_.blockCount(); ++b) {
                const GridGeometry m = layout_.matrixBlock(b);
                gp_.frameRect(QRectF(m.origin.x() + focusColumn_ * m.cell, m.origin.y(), m.cell, m.rect().height()), inspectColor(), 2.5);
            }
            gp_.frameRect(x.cellRect(focusColumn_, 0).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
            if (o_.inspection.target.kind == HitTarget::Kind::Input)
                for (qint64 row : inspection_.outputCells)
                    gp_.frameRect(layout_.outputCell(row).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
        }
        if (o_.inspection.target.kind == HitTarget::Kind::Buffer)
            gp_.frameRect(layout_.matrixCell(focusRow_, focusColumn_).adjusted(-2, -2, 2, 2), inspectColor(), 3.5);
    }

    void paintFooter()
    {
        const bool inspecting = !inspection_.isEmpty() && !inspection_.expression.isEmpty();
        const qint64 step = std::clamp<qint64>(sweep_.step, 0, pic_.stepCount() - 1);
        PictureChrome::paintFooter(gp_, layout_.footerRect(), inspecting ? inspection_.expression : pic_.narration(step),
                                   inspecting ? inspection_.detail : QString(), inspecting);
    }

    // The finite extremes of y (outputs) or x, for the heat-map shades.
    std::pair<double, double> range(bool outputs) const
    {
        double lo = 0, hi = 0;
        bool first = true;
        const qint64 n = outputs ? m_.rows() : m_.columns();
        for (qint64 i = 0; i < n; ++i) {
            const double v = outputs ? m_.outputValue(i) : m_.inputValue(i);
            if (!std::isfinite(v))
                continue;
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        }
        return {lo, hi};
    }

    const MatrixPicture& pic_;
    const PlaneMatrix& m_;
    const MatrixLayout& layout_;
    const LayerGeometry& g_;
    CellSweep sweep_;
    Inspection inspection_;
    qint64 focusRow_ = -1, fromRow_ = -1, focusColumn_ = -1;
    double t_ = 1.0;
};

} // namespace

MatrixPicture::MatrixPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, bool hideZeros)
    : model_(std::move(record), plane), hideZeros_(hideZeros)
{
    // One format per grid, from its values; the cells fit the widest text of all three.
    std::vector<double> taps, outputs, inputs;
    const TransposedConvMatrix::Matrix& t = model_.transposed();
    for (int k = 0; k < t.outerSize(); ++k)
        for (TransposedConvMatrix::Matrix::InnerIterator it(t, k); it; ++it)
            taps.push_back(it.value());
    for (qint64 row = 0; row < model_.rows(); ++row)
        outputs.push_back(model_.outputValue(row));
    for (qint64 col = 0; col < model_.columns(); ++col)
        inputs.push_back(model_.inputValue(col));
    matrixFormat_ = NumberFormat::forValues(taps);
    outputFormat_ = NumberFormat::forValues(outputs);
    inputFormat_ = NumberFormat::forValues(inputs);
    widestMatrix_ = matrixFormat_.widest(taps);
    if (widestMatrix_.isEmpty())
        widestMatrix_ = QStringLiteral("0");
    widestOutput_ = outputFormat_.widest(outputs);
    widestInput_ = inputFormat_.widest(inputs);

    MatrixMeasures m;
    double widest = 0;
    for (const QString& text : {widestMatrix_, widestOutput_, widestInput_})
        widest = std::max(widest, Typography::width(text, Typography::kCell, true));
    m.cell = std::max({PictureChrome::kCell, widest / 0.9 + 4, Typography::lineHeight(Typography::kCell, true) + 10});
    // The longest names are the last row's and the last column's (the most digits).
    const qint64 lastRow = std::max<qint64>(model_.rows() - 1, 0), lastColumn = std::max<qint64>(model_.columns() - 1, 0);
    m.rowLabels = std::max(48.0, Typography::width(rowName(lastRow), Typography::kLabel, true) + 4);
    m.inputLabels = Typography::width(columnName(lastColumn), Typography::kLabel) + 4;
    m.columnLabels = Typography::width(columnName(lastColumn), Typography::kLabel, true) + 4;
    m.blockCaption = Typography::width(QStringLiteral("Wᵀ  %1×%2").arg(model_.rows()).arg(model_.columns())
                                           + MatrixPictureText::tr(", rows %1–%2").arg(rowName(lastRow), rowName(lastRow)),
                                       Typography::kHeading, true);
    m.minWidth = std::max(PictureChrome::kMinWidth, Typography::width(note(), Typography::kSmall) + 4);
    m.title = moduleCall(model_.geometry(), model_.record().layer().hasBias());
    layout_ = MatrixLayout(model_.rows(), model_.columns(), model_.geometry().output.w, m);
}

bool MatrixPicture::writesZeros() const
{
    return !hideZeros_ && model_.rows() * model_.columns() <= kMaxCellsWithZeros;
}

QString MatrixPicture::note()
{
    //: "Seed 001 §2.3" names a section of the project's design notes; x[i,j] is notation
    return MatrixPictureText::tr("Seed 001 §2.3: a row of Wᵀ per output cell, a column per input entry; column x[i,j] is x[i,j]'s "
                          "kernel copy, in its colour as in the scatter view.");
}

qint64 MatrixPicture::stepCount() const
{
    return CellSweep::stepCount(model_.rows());
}

QString MatrixPicture::rowName(qint64 row) const
{
    std::int64_t oy = 0, ox = 0;
    model_.cellOfRow(row, oy, ox);
    return QStringLiteral("y") + indexText(oy, ox);
}

QString MatrixPicture::columnName(qint64 column) const
{
    std::int64_t c = 0, iy = 0, ix = 0;
    model_.elementOfColumn(column, c, iy, ix);
    return (model_.channelCount() > 1 ? QStringLiteral("x[c=%1]").arg(c) : QStringLiteral("x")) + indexText(iy, ix);
}

QString MatrixPicture::rowExpression(qint64 row) const
{
    const std::vector<Contribution> terms = model_.rowTerms(row);
    const Layer& layer = model_.record().layer();
    QStringList named, numbers;
    for (std::size_t i = 0; i < terms.size() && i < kMaxTerms; ++i) {
        const Contribution& c = terms[i];
        const float w = layer.weightAt(c.ci, model_.plane().co % model_.geometry().outPerGroup(), c.ky, c.kx);
        // Each input channel has its own kernel: its weights carry the channel, as the columns do.
        const QString weight = (model_.channelCount() > 1 ? QStringLiteral("w[c=%1]").arg(c.ci) : QStringLiteral("w")) + indexText(c.ky, c.kx);
        named << weight + QStringLiteral("·") + columnName(model_.columnOf(c.ci, c.iy, c.ix));
        numbers << NumberFormat::product(formatValue(w), formatValue(layer.input.at(c.n, c.ci, c.iy, c.ix)));
    }
    if (terms.size() > kMaxTerms)
        numbers << QStringLiteral("…");
    if (layer.hasBias()) {
        named << QStringLiteral("b");
        numbers << formatValue(model_.bias());
    }
    QString text = rowName(row) + QStringLiteral(" = ");
    if (numbers.isEmpty())
        return text + MatrixPictureText::tr("0: no input element's kernel copy reaches this cell");
    if (terms.size() <= kNamedTerms)
        text += named.join(QStringLiteral(" + ")) + QStringLiteral(" = ");
    else
        text += MatrixPictureText::tr("Σ w·x over its %1 taps = ").arg(terms.size());
    text += numbers.join(QStringLiteral(" + "));
    return text + QStringLiteral(" = ") + formatValue(model_.outputValue(row));
}

QString MatrixPicture::narration(qint64 step) const
{
    if (step <= 0)
        return MatrixPictureText::tr("Wᵀ has a row per output cell (%1) and a column per input entry (%2). "
                              "y = Wᵀ·x computes one row at a time: row · x.")
            .arg(model_.rows()).arg(model_.columns());
    const qint64 row = std::min<qint64>(step, model_.rows()) - 1;
    return rowExpression(row) + MatrixPictureText::tr("  (row %1 of Wᵀ times x)").arg(row);
}

void MatrixPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    MatrixPainter(painter, *this, position, options).paint();
}

HitTarget MatrixPicture::hitTest(const QPointF& world, double position) const
{
    Q_UNUSED(position);
    qint64 row = -1, column = -1;
    layout_.rowColumnAt(world, row, column);
    HitTarget hit;
    const LayerGeometry& g = model_.geometry();
    std::int64_t oy = -1, ox = -1, c = -1, iy = -1, ix = -1, ky = -1, kx = -1;
    if (row >= 0) {
        model_.cellOfRow(row, oy, ox);
        hit.oy = oy;
        hit.ox = ox;
        hit.y = oy + g.padding.h;
        hit.x = ox + g.padding.w;
    }
    if (column >= 0) {
        model_.elementOfColumn(column, c, iy, ix);
        hit.ci = c;
        hit.iy = iy;
        hit.ix = ix;
    }
    if (row >= 0 && column >= 0) {
        hit.kind = HitTarget::Kind::Buffer;
        if (model_.tapAt(row, column, ky, kx)) {
            hit.ky = ky;
            hit.kx = kx;
        }
    } else if (row >= 0) {
        hit.kind = HitTarget::Kind::Output;
    } else if (column >= 0) {
        hit.kind = HitTarget::Kind::Input;
    }
    return hit;
}

Inspection MatrixPicture::inspect(const HitTarget& target) const
{
    Inspection out;
    out.target = target;
    switch (target.kind) {
    case HitTarget::Kind::Output: {
        const qint64 row = model_.rowOf(target.oy, target.ox);
        out.expression = rowExpression(row);
        qint64 taps = 0;
        for (TransposedConvMatrix::Matrix::InnerIterator it(model_.transposed(), row); it; ++it, ++taps)
            out.elements.insert(it.col());
        out.outputCells.insert(row);
        //: %1 is an output cell like y[0,1]
        out.detail = MatrixPictureText::tr("row %1 of Wᵀ: %2 kernel taps (their x entries outlined), %3 zeros")
                         .arg(rowName(row)).arg(taps).arg(model_.columns() - taps);
        break;
    }
    case HitTarget::Kind::Input: {
        const qint64 col = model_.columnOf(target.ci, target.iy, target.ix);
        out.elements.insert(col);
        QStringList reached;
        // Column col of Wᵀ is row col of W (row-major in core): the output cells it reaches.
        for (TransposedConvMatrix::Matrix::InnerIterator it(model_.convolution().forwardMatrix(), col); it; ++it) {
            out.outputCells.insert(it.col());
            if (reached.size() < 6)
                reached << rowName(it.col());
        }
        if (out.outputCells.size() > 6)
            reached << QStringLiteral("…");
        //: %1 is an input element like x[0,1], %2 its value
        out.expression = MatrixPictureText::tr("%1 = %2: its column holds the %3 taps of its kernel copy the crop keeps")
                             .arg(columnName(col), formatValue(model_.inputValue(col)))
                             .arg(out.outputCells.size());
        out.detail = out.outputCells.isEmpty() ? MatrixPictureText::tr("the crop removes its whole kernel copy")
                                               //: %1 lists output cells like y[0,0], y[0,1], …
                                               : MatrixPictureText::tr("it reaches %1").arg(reached.join(QStringLiteral(", ")));
        break;
    }
    case HitTarget::Kind::Buffer: {
        const qint64 row = model_.rowOf(target.oy, target.ox), col = model_.columnOf(target.ci, target.iy, target.ix);
        const QString where = QStringLiteral("Wᵀ[%1, %2]").arg(rowName(row), columnName(col));
        if (target.ky >= 0)
            //: %1 is an entry like Wᵀ[y[0,1], x[0,0]], w%2 a weight like w[1,1], %3 its value; %6 an input element, %7 an output cell
            out.expression = MatrixPictureText::tr("%1 = w%2 = %3: tap (%4, %5) of %6's kernel copy lands on %7")
                                 .arg(where, indexText(target.ky, target.kx), formatValue(model_.entry(row, col)))
                                 .arg(target.ky)
                                 .arg(target.kx)
                                 .arg(columnName(col), rowName(row));
        else
            //: %1 is an entry like Wᵀ[y[0,1], x[0,0]], %2 an input element, %3 an output cell
            out.expression = MatrixPictureText::tr("%1 = 0: %2's kernel copy does not reach %3").arg(where, columnName(col), rowName(row));
        out.detail = rowExpression(row);
        out.outputCells.insert(row);
        out.elements.insert(col);
        break;
    }
    case HitTarget::Kind::Kernel:
    case HitTarget::Kind::Full:
    case HitTarget::Kind::Padded:
    case HitTarget::Kind::None:
        break;
    }
    return out;
}

} // namespace sb
