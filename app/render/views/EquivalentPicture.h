// EquivalentPicture: the `equivalent` view — the transposed convolution as the direct convolution
// of seed 000 ("s−1 rows/cols between elements, k−p−1 around, kernel flipped"; seed 003's padding
// check): the input with s − 1 zeros inserted and a border of d·(k−1) − p zeros (or the crop when
// that is negative, plus output_padding at the bottom/right), the kernel flipped up-down and
// left-right, and the flipped kernel sliding over it with stride 1, one output cell per step.
#pragma once

#include "app/render/Inspection.h"
#include "app/render/Picture.h"
#include "app/render/views/DirectConvolutionPlane.h"
#include "app/render/views/EquivalentLayout.h"

#include <memory>

namespace sb {

class EquivalentPicture : public Picture {
public:
    // The plane y[n, co]; `channel` is the input channel of its group whose padded input, kernel and
    // products are drawn (−1: the group's first). The output sums all channels of the group, as
    // the scatter view's does.
    EquivalentPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel = -1);

    ViewId view() const override { return ViewId::Equivalent; }
    QRectF bounds() const override { return layout_.bounds(); }
    // The start, then one step per output cell in row-major order: H_out·W_out + 1.
    qint64 stepCount() const override;
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;
    HitTarget hitTest(const QPointF& world, double position) const override;

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

private:
    QStringList ruleLines() const;

    DirectConvolutionPlane model_;
    qint64 channel_ = 0;
    QStringList rules_;
    EquivalentLayout layout_;
};

} // namespace sb
