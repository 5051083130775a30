// SPDX-License-Identifier: MIT
// EquivalentPicture: the `equivalent` view — the transposed convolution as the direct convolution
// of seed 000 ("s−1 rows/cols between elements, k−p−1 around, kernel flipped"; seed 003's padding
// check): the input with s − 1 zeros inserted and a border of d·(k−1) − p zeros (or the crop when
// that is negative, plus output_padding at the bottom/right), the kernel flipped up-down and
// left-right, and the flipped kernel sliding over it with stride 1, one output cell per step.
#pragma once

#include "app/render/Inspection.h"
#include "app/render/NumberFormat.h"
#include "app/render/Picture.h"
#include "app/render/views/EquivalentLayout.h"
#include "core/DirectConvolutionPlane.h"

#include <QCoreApplication>

#include <memory>

namespace sb {

class EquivalentPicture : public Picture {
    Q_DECLARE_TR_FUNCTIONS(EquivalentPicture)

public:
    // The plane y[n, co]; `channel` is the input channel of its group whose padded input, kernel and
    // products are drawn (−1: the group's first). The output sums all channels of the group, as
    // the scatter view's does.
    // `budget`: the largest size the picture may take at scale 1 (the side-by-side view gives the
    // room its scatter half leaves); its grids shrink to colour to stay within it.
    EquivalentPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel = -1,
                      QSizeF budget = QSizeF(EquivalentLayout::kBudget, EquivalentLayout::kBudget));

    ViewId view() const override { return ViewId::Equivalent; }
    QRectF bounds() const override { return layout_.bounds(); }
    // The start, then one step per output cell in row-major order: H_out·W_out + 1.
    qint64 stepCount() const override;
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;
    HitTarget hitTest(const QPointF& world, double position) const override;
    StepStory stepStory() const override { return StepStory::OutputCells; }
    bool hasOutputGrid() const override { return true; }

    // What hovering a target explains: the footer's two lines and the cells to outline.
    Inspection inspect(const HitTarget& target) const;
    // "y[1,2] = Σ window · flipped kernel = 1·7 + 1·5 = 12", the direct convolution of one cell
    // written out with the shown channel's products (per-channel sums when the group has several).
    QString sumExpression(qint64 oy, qint64 ox) const;

    const DirectConvolutionPlane& model() const { return model_; }
    const EquivalentLayout& layout() const { return layout_; }
    qint64 channel() const { return channel_; }

    // Seed 000's quantities as the view labels them: "s − 1 = 1", "d·(k − 1) − p = 2" (pairs when
    // the axes differ).
    QString insertedText() const;
    QString borderText() const;
    // Seed 000's rule with this layer's numbers, as the panel beside the kernels states it.
    const QStringList& rules() const { return rules_; }

    // One number format per grid, so each grid reads as one table.
    struct Formats {
        NumberFormat input;    // the shown channel's x (the padded input's zeros included)
        NumberFormat weight;   // w and its flipped copy
        NumberFormat output;   // y
        QString widestInput, widestWeight, widestProduct, widestOutput;
    };
    const Formats& formats() const { return formats_; }
    // "x·w" as a product cell writes it: "0.5·(−2)".
    QString productText(double input, double weight) const;
    // A structural zero (inserted, border, output_padding) times a weight: "0·(−2)".
    QString zeroProductText(double weight) const;
    // Legend rows under the padded input, in the order the layout placed them.
    enum class LegendKind { Elements, Inserted, Cropped, Border, NoBorder, OutputPadding };
    const std::vector<LegendKind>& legendKinds() const { return legendKinds_; }
    // The lines under the products for output cell (oy, ox): "Σ = 12  →  y[0,1]", and with
    // several channels or a bias the total.
    QStringList sumLines(qint64 oy, qint64 ox) const;

    // The captions and labels as the layout measured them.
    const QString& inputCaption() const { return texts_.inputCaption; }
    const QString& kernelCaption() const { return texts_.kernelCaption; }
    const QString& flippedCaption() const { return texts_.flippedCaption; }
    const QString& paddedCaption() const { return texts_.paddedCaption; }
    const QString& productsCaption() const { return texts_.productsCaption; }
    const QString& outputCaption() const { return texts_.outputCaption; }
    const QString& flipLabel() const { return texts_.flipLabel; }

private:
    // Products listed in a sentence before it gives up with "…": enough for the seeds' kernels.
    static constexpr int kMaxTerms = 6;
    // Beyond this many output cells the sum's width is estimated from the widest values, not
    // measured cell by cell.
    static constexpr qint64 kMeasuredCells = 40000;
    // "a·b + c·d" over the taps that meet an input element (the others multiply a zero).
    static QString productTerms(const std::vector<WindowTap>& taps, int& count);
    QStringList ruleLines() const;
    EquivalentLayout::Texts measuredTexts();
    QString composedInputCaption() const;

    DirectConvolutionPlane model_;
    qint64 channel_ = 0;
    QStringList rules_;
    Formats formats_;
    std::vector<LegendKind> legendKinds_;
    EquivalentLayout::Texts texts_;
    EquivalentLayout layout_;
};

} // namespace sb
