// SPDX-License-Identifier: MIT
// StripPicture: the `strip` view — one row in 1-D, drawn like the strip diagrams of the Distill
// article on checkerboard artifacts (linked from seed 000), where overlap is easiest to see: the
// input row on top, below it one strip per input element holding x·w at its offset (stride apart,
// dilation gaps between taps), stacked, then their sum with the number of contributions per cell
// (k3 s2 gives 1 2 1 2 1, the checkerboard in 1-D), the padding crop and output_padding marked,
// and the output row.
//
// When the layer is 1-D (a ConvTranspose1d, or any layer with H_in = 1 and kH = 1) the strips are
// the whole layer: one per element of every input channel of output channel plane.co's group,
// each through its own kernel row, so the sum is exactly y[co]'s row before the bias. Otherwise
// the row is row iy = 0 of the group's first input channel, scattered through the kernel's middle
// row ky = kH / 2: ConvTranspose1d along W, a slice of the 2-D layer.
#pragma once

#include "app/render/NumberFormat.h"
#include "app/render/Picture.h"
#include "app/render/views/StripLayout.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sb {

class StripPicture : public Picture {
    Q_DECLARE_TR_FUNCTIONS(StripPicture)

public:
    StripPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    // The slice shown: its first input channel, and all the input channels drawn.
    std::int64_t channel() const { return ci_; }
    const std::vector<std::int64_t>& channels() const { return channels_; }
    std::int64_t inputRow() const { return 0; }
    std::int64_t kernelRow() const { return ky_; }
    // Whether the strip is the layer's own output row rather than a 1-D slice of a 2-D layer.
    bool isLayerRow() const;
    // Strips drawn: one per (input channel, element), channel by channel.
    std::int64_t elementCount() const;

    // The model: per full-row cell f (0 … full width − 1) the sum of x[ix]·w[kx] with
    // ix·stride + kx·dilation = f, and how many such products there are; per output cell the
    // cropped sum and count (cells past the full row, from output_padding, are 0).
    const std::vector<float>& fullSums() const { return fullSums_; }
    const std::vector<std::int32_t>& fullOverlap() const { return fullCounts_; }
    std::vector<float> outputValues() const;
    std::vector<std::int32_t> outputOverlap() const;
    // x[ix] · w[kx] as the record holds it, for the first channel; productOf for strip `element`.
    float product(std::int64_t ix, std::int64_t kx) const { return productOf(ix, kx); }
    float productOf(std::int64_t element, std::int64_t kx) const;

    // Where everything sits (every cell's rectangle), shared by painting and hit testing.
    const StripLayout& layout() const { return layout_; }

    // Picture
    ViewId view() const override { return ViewId::Strip; }
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return elementCount() + 2; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;  // one frame's painting, section by section (StripPicture.cpp)

    // Measures the rows' numbers and texts and lays the picture out.
    void layout();
    double strength(std::int64_t element, double position) const;  // 0 before the element's step, 1 after
    // Strip `element`'s input channel and its index along W.
    std::int64_t channelOf(std::int64_t element) const;
    std::int64_t indexOf(std::int64_t element) const;
    QString mostCountText() const;  // "×4": the widest count the count row writes

    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    std::int64_t ci_ = 0, ky_ = 0, coInGroup_ = 0;
    std::vector<std::int64_t> channels_;
    std::int64_t extent_ = 0;  // cells drawn per strip: the full row, or further for output_padding
    std::vector<float> fullSums_;
    std::vector<std::int32_t> fullCounts_;

    QString titleText() const;
    QString elementLabel(std::int64_t element) const;
    QString countLabel() const;
    QString sumLabel() const;
    QString outputLabel() const;
    QString inputCaptionText() const;
    // The captions, in the variants the layer needs (the longest one measures the room).
    QString stripsCaptionText(bool dilation) const;
    QString sumCaptionText() const;
    QString outputCaptionText(bool crop, bool bias) const;

    NumberFormat inputFormat_, kernelFormat_, productFormat_, sumFormat_, outputFormat_;
    QString widestSum_;  // the widest sum the row writes, partial sums included
    StripLayout layout_;
};

} // namespace sb
