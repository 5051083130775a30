// SPDX-License-Identifier: MIT
// AdjointPicture: every sentence is built once, section by section; AdjointLayout wraps them to the
// picture's measure with the font that draws them and stacks them; paint() only draws the lines where
// the layout put them.
#include "app/render/views/AdjointPicture.h"

#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "core/ConvRoundTrip.h"
#include "core/OutputSizeFormula.h"

#include <QPainter>

#include <cmath>

namespace sb {

namespace {

// A sum as a teacher reads it: 12.3457, with the float32 digits that matter.
QString sumText(double v)
{
    return NumberFormat::withTypographicMinus(QString::number(v, 'g', 7));
}

} // namespace

AdjointPicture::AdjointPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane) : record_(std::move(record))
{
    Q_UNUSED(plane);  // the identity is about the whole layer, every plane at once
    const Layer& layer = record_->layer();
    oneD_ = layer.geometry.is1d();
    check_ = AdjointConvolution::check(layer);
    nonZeros_ = AdjointConvolution::nonZeros(layer.geometry);
    title_ = moduleCall(layer.geometry, layer.hasBias());
    writeConvolutionBack();
    writeMatrices();
    writeCheck();
    writeOutputPadding();
    layout_ = AdjointLayout(title_, paragraphs_);
}

// 1. The Conv2d that goes back: its call, and its size formula per axis with the layer's numbers.
void AdjointPicture::writeConvolutionBack()
{
    const LayerGeometry& g = record_->geometry();
    addParagraph(named(tr("Conv2d, the same weight the other way")), Typography::kHeading, true);
    const auto size = [&](Size2 s) { return argumentText(s, oneD_); };
    const QString conv = QStringLiteral("nn.%1(%2, %3, kernel_size=%4, stride=%5, padding=%6, dilation=%7%8, bias=False)")
                             .arg(oneD_ ? QStringLiteral("Conv1d") : QStringLiteral("Conv2d"))
                             .arg(g.out_channels)
                             .arg(g.in_channels)
                             .arg(size(g.kernel), size(g.stride), size(g.padding), size(g.dilation),
                                  g.groups > 1 ? QStringLiteral(", groups=%1").arg(g.groups) : QString());
    Shape outputShape{g.batch, g.out_channels, g.output.h, g.output.w}, inputShape = g.inputShape();
    if (oneD_) {
        outputShape.erase(outputShape.begin() + 2);
        inputShape.erase(inputShape.begin() + 2);
    }
    const QString readAs = oneD_ ? tr("%1 with this layer's weight, read as (out = %2, in/groups = %3, k), maps the output's shape %4 "
                                      "back to the input's %5:")
                                 : tr("%1 with this layer's weight, read as (out = %2, in/groups = %3, kH, kW), maps the output's "
                                      "shape %4 back to the input's %5:");
    addParagraph(readAs.arg(conv).arg(g.in_channels).arg(g.outPerGroup()).arg(shapeText(outputShape), shapeText(inputShape)),
                 Typography::kBody, false);
    std::vector<std::pair<OutputSizeFormula::Axis, QString>> axes{{OutputSizeFormula::Axis::Height, QStringLiteral("H")},
                                                                  {OutputSizeFormula::Axis::Width, QStringLiteral("W")}};
    if (oneD_)  // its one length
        axes = {{OutputSizeFormula::Axis::Width, QStringLiteral("L")}};
    for (const auto& [axis, name] : axes) {
        const OutputSizeFormula f = OutputSizeFormula::of(g, axis);
        const std::int64_t out = f.result();
        const std::int64_t back = AdjointConvolution::convSize(out, f.kernel, f.stride, f.padding, f.dilation);
        //: %1 the axis (H or W); the rest is Conv2d's size formula with the layer's numbers
        addParagraph(tr("%1 = ⌊(%2 + 2·%3 − %4·(%5 − 1) − 1) / %6⌋ + 1 = %7").arg(name).arg(out).arg(f.padding).arg(f.dilation).arg(f.kernel).arg(f.stride).arg(back),
                     Typography::kBody, false, back != f.in);
        if (back != f.in)
            addParagraph(named(tr("output_padding %1 is not below the stride %2 here (PyTorch allows it because dilation is larger): Conv2d "
                                  "gives %3, not %4, and the gradient keeps only the first %4."))
                             .arg(f.output_padding).arg(f.stride).arg(back).arg(f.in),
                         Typography::kLabel, false, true);
    }
}

// 2. The matrices: W and Wᵀ, and the transposed convolution as the gradient.
void AdjointPicture::writeMatrices()
{
    const LayerGeometry& g = record_->geometry();
    addParagraph(tr("The transposed convolution is its gradient"), Typography::kHeading, true);
    const std::int64_t rows = g.in_channels * g.input.h * g.input.w, cols = g.out_channels * g.output.h * g.output.w;
    addParagraph(named(tr("As matrices (seed 001): conv2d multiplies by W, %1 × %2; conv_transpose2d multiplies by Wᵀ, %2 × %1. The same "
                          "%3 non-zero weights, rows and columns swapped (the matrix view draws Wᵀ)."))
                     .arg(rows).arg(cols).arg(nonZeros_),
                 Typography::kBody, false);
    addParagraph(named(tr("So y = conv_transpose2d(x) is the gradient of ⟨conv2d(z), x⟩ with respect to z: in a network's backward pass, "
                          "Conv2d sends its upstream gradient back through exactly this layer, and torch.autograd.grad returns y.")),
                 Typography::kBody, false);
}

// 3. The identity with the user's numbers.
void AdjointPicture::writeCheck()
{
    addParagraph(tr("Checked with this layer's numbers"), Typography::kHeading, true);
    addParagraph(tr("z: uniform in [−1, 1) (seed 17), shaped like the output; x: the layer's input; the bias left out, as it is no "
                    "part of the linear map."),
                 Typography::kLabel, false, true);
    addParagraph(named(tr("⟨conv2d(z), x⟩ = %1")).arg(sumText(check_.left)), Typography::kBody, true);
    addParagraph(named(tr("⟨z, conv_transpose2d(x)⟩ = %1")).arg(sumText(check_.right)), Typography::kBody, true);
    const double difference = std::abs(check_.left - check_.right);
    addParagraph(difference == 0.0 ? tr("equal to the last digit")
                                   : tr("they differ by %1: the rounding of float32 products summed in another order")
                                         .arg(NumberFormat::withTypographicMinus(QString::number(difference, 'g', 2))),
                 Typography::kLabel, false, true);
}

// 4. output_padding: the choice among the Conv2d inputs that shrink to the same size.
void AdjointPicture::writeOutputPadding()
{
    const LayerGeometry& g = record_->geometry();
    addParagraph(named(tr("output_padding chooses among Conv2d's inputs")), Typography::kHeading, true);
    // The height's choice, or a 1-D layer's length's.
    const OutputSizeFormula fh = OutputSizeFormula::of(g, oneD_ ? OutputSizeFormula::Axis::Width : OutputSizeFormula::Axis::Height);
    const ConvRoundTrip trip(fh);
    QStringList sizes;
    for (const RoundTripCandidate& c : trip.candidates())
        sizes << tr("%1 (output_padding %2)").arg(c.size).arg(c.output_padding);
    if (trip.candidates().size() > 1)
        addParagraph((oneD_ ? tr("Conv1d rounds down when it divides by the stride, so the lengths %1 all shrink to %2. The transposed "
                                 "layer cannot know which one it is undoing: output_padding says, and this layer's %3 gives %4.")
                            : tr("Conv2d rounds down when it divides by the stride, so the heights %1 all shrink to %2. The transposed "
                                 "layer cannot know which one it is undoing: output_padding says, and this layer's %3 gives %4."))
                         .arg(sizes.join(QStringLiteral(", ")))
                         .arg(fh.in)
                         .arg(fh.output_padding)
                         .arg(fh.result()),
                     Typography::kBody, false);
    else
        addParagraph(
            (oneD_
                 ? tr("With stride %1 only one length, %2, shrinks back to %3: output_padding has nothing to choose.")
                 : tr("With stride %1 only one height, %2, shrinks back to %3: output_padding has nothing to choose."))
                .arg(fh.stride)
                .arg(fh.result())
                .arg(fh.in),
            Typography::kBody, false);
}

QString AdjointPicture::named(QString text) const
{
    if (oneD_)
        text.replace(QStringLiteral("conv_transpose2d"), QStringLiteral("conv_transpose1d"))
            .replace(QStringLiteral("conv2d"), QStringLiteral("conv1d"))
            .replace(QStringLiteral("Conv2d"), QStringLiteral("Conv1d"));
    return text;
}

void AdjointPicture::addParagraph(const QString& text, double px, bool bold, bool muted)
{
    paragraphs_.push_back({text, px, bold, muted});
}

QStringList AdjointPicture::paragraphs() const
{
    QStringList texts;
    for (const AdjointLayout::Paragraph& p : paragraphs_)
        texts << p.text;
    return texts;
}

QString AdjointPicture::narration(qint64) const
{
    return named(tr("Conv2d with the same weight maps the output's shape back to the input's; the transposed convolution is its gradient."));
}

// A page of measured lines: the title, every line where the layout put it, the footer.
class AdjointPicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const AdjointPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), L_(picture.layout_)
    {}

    void paint()
    {
        fillBackground(L_.bounds());
        PictureChrome::paintTitle(gp_, L_.titleRect(), pic_.title_,
                                  AdjointPicture::tr("%1 view").arg(viewTitle(ViewId::Adjoint)));
        for (const AdjointLayout::Line& l : L_.lines())
            gp_.text(l.rect, l.text, l.muted ? theme_.mutedText : theme_.text, l.px, l.bold,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        paintNarration(pic_, L_.footerRect());
    }

private:
    const AdjointPicture& pic_;
    const AdjointLayout& L_;
};

void AdjointPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

} // namespace sb
