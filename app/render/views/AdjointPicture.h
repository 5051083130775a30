// SPDX-License-Identifier: MIT
// AdjointPicture: the `adjoint` view — why ConvTranspose2d exists. Beside the layer, the Conv2d with
// the same weight, stride, padding, dilation and groups, which maps the output's shape back to the
// input's; the two as matrices W and Wᵀ; the identity ⟨conv2d(z), x⟩ = ⟨z, conv_transpose2d(x)⟩
// computed with the layer's own numbers (core's AdjointConvolution); and output_padding as the
// choice among the Conv2d input sizes that shrink to the same size (ConvRoundTrip). A still
// picture of measured, wrapped paragraphs.
#pragma once

#include "app/render/Picture.h"
#include "app/render/views/AdjointLayout.h"
#include "core/AdjointConvolution.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sb {

class AdjointPicture : public Picture {
    Q_DECLARE_TR_FUNCTIONS(AdjointPicture)

public:
    AdjointPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    ViewId view() const override { return ViewId::Adjoint; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

    // The model behind the picture, for tests.
    const AdjointConvolution::Check& check() const { return check_; }
    // W's non-zero weights (AdjointConvolution::nonZeros).
    std::int64_t nonZeros() const { return nonZeros_; }
    // Every paragraph as drawn, in order (headings included).
    QStringList paragraphs() const;
    const AdjointLayout& layout() const { return layout_; }

    static constexpr double kWidth = AdjointLayout::kWidth;

private:
    class Painter;  // one frame's painting (AdjointPicture.cpp)

    // The picture's four sections, each written as paragraphs with this layer's numbers.
    void writeConvolutionBack();
    void writeMatrices();
    void writeCheck();
    void writeOutputPadding();
    void addParagraph(const QString& text, double px, bool bold, bool muted = false);
    // A ConvTranspose1d's adjoint is Conv1d: its sentences name conv1d where the 2-D ones name
    // conv2d. The names are PyTorch's identifiers, kept as they are in every translation.
    QString named(QString text) const;
    bool oneD_ = false;

    std::shared_ptr<const ScatterRecord> record_;
    AdjointConvolution::Check check_;
    std::int64_t nonZeros_ = 0;
    QString title_;
    std::vector<AdjointLayout::Paragraph> paragraphs_;
    AdjointLayout layout_;
};

} // namespace sb
