// SPDX-License-Identifier: MIT
// TensorResize: keeps a problem's tensors in step with its arguments while the user edits them
// (channel counts, input size, kernel size, groups), so an edit changes one field, not the whole
// lesson: values that still fit stay at their index, new cells are ones.
#pragma once

#include "core/ConvTransposeProblem.h"

namespace sb {

// A tensor of `shape` holding tensor's value at every index both shapes share, `fill` elsewhere.
// A 3-D (C, H, W) tensor lines up with a 4-D one as its first sample (1, C, H, W), so switching
// between unbatched and batched input keeps the values.
Tensor resizedKeeping(const Tensor& tensor, const Shape& shape, float fill = 1.0f);

// The input's channels follow in_channels, the weight becomes (in_channels, out_channels/groups,
// kH, kW) and, with bias on, the bias holds out_channels values (new ones 0, PyTorch's usual bias
// start). When groups is not positive or does not divide out_channels the weight keeps its shape,
// so validation reports PyTorch's message instead of the editor guessing a shape. Negative
// extents (which no tensor can have) leave the tensor concerned unchanged for the same reason.
ConvTransposeProblem withTensorsFollowingArguments(ConvTransposeProblem problem);

} // namespace sb
