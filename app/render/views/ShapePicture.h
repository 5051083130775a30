// SPDX-License-Identifier: MIT
// ShapePicture: the `shape` view — the output-size arithmetic of seeds 000 and 002. The formula
// term by term with the layer's numbers (each term boxed and labelled), the round trip with
// Conv2d (the `stride` sizes that all convolve back to H_in, the one output_padding picks, the
// output_size range PyTorch accepts), and seed 000's table worked for this input, which the user
// can extend. Steps reveal the terms one by one, then the round trip.
#pragma once

#include "app/render/Picture.h"
#include "app/render/views/ShapeLayout.h"
#include "core/ConvRoundTrip.h"
#include "core/ScatterRecord.h"
#include "core/ShapeTable.h"
#include "core/Timeline.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sb {

struct ShapeOptions {
    // The rows the user added to seed 000's table; the window keeps them with the document.
    std::vector<ShapeSetting> addedRows;
};

class ShapePicture : public Picture {
    Q_DECLARE_TR_FUNCTIONS(ShapePicture)

public:
    // Terms of the formula in reading order; Result is the box after "=".
    enum Term { StrideTerm, PaddingTerm, KernelTerm, OutputPaddingTerm, OneTerm, Result };
    static constexpr int kTermCount = ShapeLayout::kTermCount;

    ShapePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, ShapeOptions options = {});

    const ShapeOptions& options() const { return options_; }
    const ShapeTable& table() const { return table_; }
    // Appends a row to seed 000's table (int arguments, as seed 000 writes them) and keeps it in
    // options(); dilation 1 unless given.
    void addRow(std::int64_t kernel_size, std::int64_t stride, std::int64_t padding, std::int64_t output_padding,
                std::int64_t dilation = 1);
    // Removes an added row by its index in table().rows(); false for the layer's and seed 000's rows.
    bool removeRow(std::size_t row);

    // The axes the picture draws, 0 = H and 1 = W: a ConvTranspose1d has only W, its length L.
    int firstAxis() const;
    QString axisLetter(int axis) const;  // "H", "W", or "L" for a ConvTranspose1d
    QString sizeText(Size2 size) const;  // "(1, 3)", "3", or a ConvTranspose1d's 3
    // The model behind the picture, per axis (0 = H, 1 = W).
    const OutputSizeFormula& formula(int axis) const;
    ConvRoundTrip roundTrip(int axis) const { return ConvRoundTrip(formula(axis)); }
    // 1 when H and W have the same arithmetic (one formula is drawn for both), else 2.
    int axisRows() const { return static_cast<int>(rows_.size()); }
    // The value a term box shows: (in − 1)·s, 2·p (subtracted), d·(k − 1), output_padding, 1, result.
    std::int64_t termValue(int axis, Term term) const;

    // Where everything sits, shared by painting and hit testing.
    const ShapeLayout& layout() const { return layout_; }
    // Where things are, in world coordinates (for tests and hover).
    QRectF termRect(int axisRow, Term term) const;
    // The box of candidate `index` (ConvRoundTrip::candidates() order) of an axis row; empty when
    // that candidate is not drawn (long candidate lists are shortened with "⋮").
    QRectF candidateRect(int axisRow, std::int64_t index) const;
    QRectF inputSizeRect(int axisRow) const;  // the H_in box the candidates converge on
    QRectF tableRowRect(std::size_t row) const;

    // Picture
    ViewId view() const override { return ViewId::Shape; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return 7; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;  // one frame's painting, section by section (ShapePicture.cpp)

    // One drawn axis: its formula's axis and its name (the layout's rows() place them, in order).
    struct AxisRow {
        int axis = 0;  // 0 = H, 1 = W (the W row exists only when W's arithmetic differs)
        QString name;  // "H", "W", or "H and W"
    };

    // Measures what the picture writes and lays it out (ShapeLayout).
    void layout();
    static QString conv2dHeader();  // Conv2d's formula over the round trip's lines
    QString whyText(const AxisRow& row) const;
    QString termsCaption() const;
    QString roundTripCaption() const;
    QString tableCaption() const;
    QStringList tableHeaders() const;
    QStringList tableCells(std::size_t row) const;

    std::shared_ptr<const ScatterRecord> record_;
    ShapeOptions options_;
    ShapeTable table_;
    std::vector<AxisRow> rows_;
    ShapeLayout layout_;
};

} // namespace sb
