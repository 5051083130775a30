// SPDX-License-Identifier: MIT
#include "core/PlaneMatrix.h"

#include "core/PlaneLayer.h"

namespace sb {

PlaneMatrix::PlaneMatrix(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{
    firstChannel_ = firstChannelOf(record_->geometry(), plane);
    matrix_ = std::make_shared<const TransposedConvMatrix>(planeLayer(record_->layer(), plane));
    transposed_ = matrix_->forwardMatrix().transpose();
    transposed_.makeCompressed();
    output_ = matrix_->output().values();
}

bool PlaneMatrix::isTap(std::int64_t row, std::int64_t col) const
{
    for (TransposedConvMatrix::Matrix::InnerIterator it(transposed_, row); it; ++it)
        if (it.col() == col)
            return true;
    return false;
}

std::int64_t PlaneMatrix::columnOf(std::int64_t channel, std::int64_t iy, std::int64_t ix) const
{
    // The plane's layer numbers its channels from the group's first (TransposedConvMatrix::rowOf).
    return matrix_->rowOf(channel - firstChannel_, iy, ix);
}

void PlaneMatrix::cellOfRow(std::int64_t row, std::int64_t& oy, std::int64_t& ox) const
{
    oy = row / geometry().output.w;
    ox = row % geometry().output.w;
}

void PlaneMatrix::elementOfColumn(std::int64_t col, std::int64_t& channel, std::int64_t& iy, std::int64_t& ix) const
{
    const Size2 in = geometry().input;
    ix = col % in.w;
    iy = (col / in.w) % in.h;
    channel = firstChannel_ + col / (in.w * in.h);
}

float PlaneMatrix::inputValue(std::int64_t col) const
{
    std::int64_t c = 0, iy = 0, ix = 0;
    elementOfColumn(col, c, iy, ix);
    return record_->layer().input.at(plane_.n, c, iy, ix);
}

float PlaneMatrix::bias() const
{
    const Layer& layer = record_->layer();
    return layer.hasBias() ? layer.bias[static_cast<std::size_t>(plane_.co)] : 0.0f;
}

std::vector<Contribution> PlaneMatrix::rowTerms(std::int64_t row) const
{
    std::int64_t oy = 0, ox = 0;
    cellOfRow(row, oy, ox);
    return record_->intoOutput(plane_.n, plane_.co, oy, ox);
}

bool PlaneMatrix::tapAt(std::int64_t row, std::int64_t col, std::int64_t& ky, std::int64_t& kx) const
{
    for (const Contribution& c : rowTerms(row))
        if (columnOf(c.ci, c.iy, c.ix) == col) {
            ky = c.ky;
            kx = c.kx;
            return true;
        }
    return false;
}

}  // namespace sb
