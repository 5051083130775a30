// SPDX-License-Identifier: MIT
#include "core/PaddedInputGrid.h"

#include <algorithm>

namespace sb {

PaddedInputGrid::PaddedInputGrid(std::shared_ptr<const EquivalentConvolution> convolution)
    : convolution_(std::move(convolution))
{
    const LayerGeometry& g = convolution_->layer().geometry;
    border_ = convolution_->border();
    padded_ = convolution_->paddedSize();
    stride_ = g.stride;
    inserted_ = {(g.input.h - 1) * g.stride.h + 1, (g.input.w - 1) * g.stride.w + 1};
    // A negative border crops |border| rows/cols off each side of the zero-inserted input; they
    // stay in the drawing so the crop can be seen. The padded input then starts |border| in.
    origin_ = {std::max<std::int64_t>(0, -border_.h), std::max<std::int64_t>(0, -border_.w)};
    // Drawn extent on one axis: zero-inserted coordinates from min(0, −border) to
    // max(inserted, inserted + border + output_padding).
    auto extent = [](std::int64_t inserted, std::int64_t border, std::int64_t outputPadding) {
        return std::max(inserted, inserted + border + outputPadding) - std::min<std::int64_t>(0, -border);
    };
    rows_ = extent(inserted_.h, border_.h, g.output_padding.h);
    cols_ = extent(inserted_.w, border_.w, g.output_padding.w);
}

PaddedInputGrid::Line PaddedInputGrid::lineKind(std::int64_t drawn, int axis) const
{
    const std::int64_t padded = drawn - origin_[axis];
    if (padded < 0 || padded >= padded_[axis])
        return Line::Cropped;
    const std::int64_t z = padded - border_[axis];  // coordinate in the zero-inserted input
    if (z < 0)
        return Line::Border;
    if (z >= inserted_[axis])
        // Past the zero-inserted input: the border, then output_padding's zeros (which start at
        // inserted + border; with a negative border they are the first rows the crop spares).
        return z >= inserted_[axis] + border_[axis] ? Line::OutputPadding : Line::Border;
    return z % stride_[axis] == 0 ? Line::Elements : Line::Inserted;
}

PaddedInputGrid::CellKind PaddedInputGrid::kind(std::int64_t row, std::int64_t col) const
{
    const Line r = lineKind(row, 0), c = lineKind(col, 1);
    if (r == Line::Cropped || c == Line::Cropped)
        return CellKind::Cropped;
    if (r == Line::Elements && c == Line::Elements)
        return CellKind::Element;
    if (r == Line::OutputPadding || c == Line::OutputPadding)
        return CellKind::OutputPaddingZero;
    if (r == Line::Border || c == Line::Border)
        return CellKind::BorderZero;
    return CellKind::InsertedZero;
}

bool PaddedInputGrid::elementAt(std::int64_t row, std::int64_t col, std::int64_t& iy, std::int64_t& ix) const
{
    // sourceOf inverts padded = border + i·s; it accepts the crop's coordinates too.
    return convolution_ && row >= 0 && col >= 0 && row < rows_ && col < cols_
           && convolution_->sourceOf(paddedRow(row), paddedCol(col), iy, ix);
}

}  // namespace sb
