// SPDX-License-Identifier: MIT
// ShapeTable: seed 000's table — (kernel_size, stride, padding, output_padding) → output size —
// worked for the current layer's input size: the layer's own setting first, then seed 000's nine
// cells In[6]…In[14], then the rows a user adds. Qt-free, so the table is tested as plain data.
#pragma once

#include "core/LayerGeometry.h"
#include "core/OutputSizeFormula.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

// One row's arguments, in the int form seed 000 uses for both axes.
struct ShapeSetting {
    std::int64_t kernel_size = 3;
    std::int64_t stride = 1;
    std::int64_t padding = 0;
    std::int64_t output_padding = 0;
    std::int64_t dilation = 1;

    friend bool operator==(const ShapeSetting&, const ShapeSetting&) = default;
};

struct ShapeTableRow {
    enum class Origin { Layer, Seed000, Added };
    Origin origin = Origin::Layer;
    std::string source;  // "this layer", "seed 000 In[7]", "added"
    Size2 kernel_size, stride, padding, output_padding, dilation;
    OutputSizeFormula height, width;  // for the layer's (H_in, W_in)
    // PyTorch's message when it refuses the setting on this input (validateGeometry's wording),
    // empty when the row is valid.
    std::string error;

    bool valid() const { return error.empty(); }
    Size2 output() const { return {height.result(), width.result()}; }
};

class ShapeTable {
public:
    ShapeTable() = default;
    ShapeTable(const LayerGeometry& layer, std::vector<ShapeSetting> added);

    // Seed 000's settings in the order of its cells, with the cell names.
    struct SeedCell {
        const char* cell;
        ShapeSetting setting;
    };
    static const std::vector<SeedCell>& seed000();

    const std::vector<ShapeTableRow>& rows() const { return rows_; }
    const std::vector<ShapeSetting>& added() const { return added_; }
    Size2 input() const { return input_; }
    // Rows of seed 000 whose arguments equal the layer's (all of them square): the same setting
    // as row 0, highlighted with it.
    bool matchesLayer(std::size_t row) const;

    void addRow(const ShapeSetting& setting);
    // Removes a row the user added (rows() index); false for the layer's and seed 000's rows.
    bool removeRow(std::size_t row);

private:
    void rebuild();
    ShapeTableRow makeRow(ShapeTableRow::Origin origin, std::string source, Size2 k, Size2 s, Size2 p, Size2 op,
                          Size2 d) const;

    LayerGeometry layer_;
    Size2 input_;
    std::vector<ShapeSetting> added_;
    std::vector<ShapeTableRow> rows_;
};

}  // namespace sb
