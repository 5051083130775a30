// SPDX-License-Identifier: MIT
// IndexedFrame: a rectangle of an image reduced to at most 256 colours for GIF. Pictures are mostly
// flat areas of a few colours, so a frame with few colours keeps them all exactly; in one with
// more (antialiased text over many backgrounds, translucent overlays) the most used colours stay
// exact and only the rest go through giflib's median-cut quantiser, whose entries are then moved to
// the mean of the pixels each stands for (the quantiser keeps 5 bits per channel).
#pragma once

#include <QImage>
#include <QRect>
#include <QRgb>

#include <cstdint>
#include <vector>

namespace sb {

class IndexedFrame {
public:
    // Indexes `area` of image (any format; converted as needed). With `transparent`, pixels less
    // than half opaque take an extra palette entry, transparentIndex(). With `previous` (the frame
    // shown before, same size and format as image), pixels that did not change take it too: the
    // GIF shows the old pixel through, and long runs of one index compress well.
    static IndexedFrame quantize(const QImage& image, const QRect& area, bool transparent,
                                 const QImage* previous = nullptr);

    const QRect& area() const { return area_; }
    // The palette, padded with black to a power of two of at least 2 entries, as GIF needs.
    const std::vector<QRgb>& palette() const { return palette_; }
    // Row-major palette indices, area().width() per row.
    const std::vector<std::uint8_t>& indices() const { return indices_; }
    int transparentIndex() const { return transparentIndex_; }  // −1 for none
    bool isExact() const { return exact_; }                     // every colour kept as it was
    // Palette entries kept exactly; the quantised ones follow them.
    static constexpr int kExactEntries = 128;
    QRgb colorAt(int x, int y) const { return palette_[indices_[static_cast<std::size_t>(y * area_.width() + x)]]; }

private:
    QRect area_;
    std::vector<QRgb> palette_;
    std::vector<std::uint8_t> indices_;
    int transparentIndex_ = -1;
    bool exact_ = true;
};

} // namespace sb
