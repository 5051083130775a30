// SPDX-License-Identifier: MIT
#include "core/ShapeTable.h"

#include "core/Layer.h"
#include "core/TorchError.h"

#include <stdexcept>

namespace sb {

namespace {
OutputSizeFormula formulaOf(std::int64_t in, std::int64_t k, std::int64_t s, std::int64_t p, std::int64_t op,
                            std::int64_t d)
{
    OutputSizeFormula f;
    f.in = in;
    f.kernel = k;
    f.stride = s;
    f.padding = p;
    f.output_padding = op;
    f.dilation = d;
    return f;
}
}  // namespace

const std::vector<ShapeTable::SeedCell>& ShapeTable::seed000()
{
    // Seed 000's cells on its 1×3×4×4 input, in notebook order (In[21] is the k5 s3 p1 cell whose
    // printed 30×30 came from a redefined x; on 4×4 it gives 12×12, which is what we show).
    static const std::vector<SeedCell> cells = {
        {"seed 000 In[6]", {3, 1, 0, 0, 1}},  {"seed 000 In[7]", {4, 2, 1, 0, 1}},
        {"seed 000 In[8]", {3, 2, 1, 1, 1}},  {"seed 000 In[9]", {2, 2, 0, 0, 1}},
        {"seed 000 In[21]", {5, 3, 1, 0, 1}}, {"seed 000 In[11]", {3, 3, 0, 0, 1}},
        {"seed 000 In[12]", {3, 2, 0, 0, 1}}, {"seed 000 In[13]", {3, 2, 1, 0, 1}},
        {"seed 000 In[14]", {4, 2, 0, 0, 1}},
    };
    return cells;
}

ShapeTable::ShapeTable(const LayerGeometry& layer, std::vector<ShapeSetting> added)
    : layer_(layer), input_(layer.input), added_(std::move(added))
{
    rebuild();
}

ShapeTableRow ShapeTable::makeRow(ShapeTableRow::Origin origin, std::string source, Size2 k, Size2 s, Size2 p, Size2 op,
                                  Size2 d) const
{
    ShapeTableRow row;
    row.origin = origin;
    row.source = std::move(source);
    row.kernel_size = k;
    row.stride = s;
    row.padding = p;
    row.output_padding = op;
    row.dilation = d;
    row.height = formulaOf(input_.h, k.h, s.h, p.h, op.h, d.h);
    row.width = formulaOf(input_.w, k.w, s.w, p.w, op.w, d.w);
    // PyTorch's own checks on a one-channel layer of this input size decide whether the row is a
    // setting PyTorch would run (output_padding ≥ max(stride, dilation), sizes ≤ 0, ...).
    ConvTransposeParams params;
    params.kernel_size = k;
    params.stride = s;
    params.padding = p;
    params.output_padding = op;
    params.dilation = d;
    try {
        validateGeometry(params, {1, 1, input_.h, input_.w}, {1, 1, k.h, k.w}, std::nullopt, std::nullopt);
    } catch (const TorchError& e) {
        row.error = e.what();
    } catch (const std::invalid_argument& e) {
        row.error = e.what();
    }
    return row;
}

void ShapeTable::rebuild()
{
    rows_.clear();
    const LayerGeometry& g = layer_;
    rows_.push_back(makeRow(ShapeTableRow::Origin::Layer, "this layer", g.kernel, g.stride, g.padding, g.output_padding,
                            g.dilation));
    for (const SeedCell& cell : seed000()) {
        const ShapeSetting& s = cell.setting;
        rows_.push_back(makeRow(ShapeTableRow::Origin::Seed000, cell.cell, s.kernel_size, s.stride, s.padding,
                                s.output_padding, s.dilation));
    }
    for (const ShapeSetting& s : added_)
        rows_.push_back(makeRow(ShapeTableRow::Origin::Added, "added", s.kernel_size, s.stride, s.padding,
                                s.output_padding, s.dilation));
}

bool ShapeTable::matchesLayer(std::size_t row) const
{
    if (row == 0 || row >= rows_.size())
        return false;
    const ShapeTableRow& a = rows_[row];
    const ShapeTableRow& b = rows_[0];
    return a.kernel_size == b.kernel_size && a.stride == b.stride && a.padding == b.padding
           && a.output_padding == b.output_padding && a.dilation == b.dilation;
}

void ShapeTable::addRow(const ShapeSetting& setting)
{
    added_.push_back(setting);
    rebuild();
}

bool ShapeTable::removeRow(std::size_t row)
{
    const std::size_t firstAdded = 1 + seed000().size();
    if (row < firstAdded || row >= rows_.size())
        return false;
    added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(row - firstAdded));
    rebuild();
    return true;
}

}  // namespace sb
