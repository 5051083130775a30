// SPDX-License-Identifier: MIT
// ChannelWiring: which input channel feeds which output channel, and through which weight slice
// (seed 001 §2.2, PyTorch's groups): output channel co of group g = co / (C_out/groups) sums
// x[ci] ⋆ w[ci, co − g·C_out/groups] over the input channels ci of its group. One wire per
// (ci, co) pair, C_in·C_out/groups wires in all: groups = 1 wires everything, groups = C_in
// (depthwise) gives each input channel its own outputs. Qt-free, so the counts are tested plainly.
#pragma once

#include "core/LayerGeometry.h"

#include <cstdint>
#include <vector>

namespace sb {

struct ChannelWire {
    std::int64_t ci = 0;         // input channel
    std::int64_t co = 0;         // output channel
    std::int64_t coInGroup = 0;  // co − group·C_out/groups: the weight's second index
    std::int64_t ciInGroup = 0;  // ci − group·C_in/groups: its place among the group's inputs
    std::int64_t group = 0;
};

class ChannelWiring {
public:
    ChannelWiring() = default;
    explicit ChannelWiring(const LayerGeometry& geometry);

    std::int64_t groups() const { return groups_; }
    // Every wire, ordered by output channel, then by input channel.
    const std::vector<ChannelWire>& wires() const { return wires_; }
    std::int64_t wireCount() const { return static_cast<std::int64_t>(wires_.size()); }
    // Indices into wires() of the wires into output channel co: the terms of its sum.
    std::vector<std::int64_t> wiresInto(std::int64_t co) const;
    // Input channels [first, first + count) of output channel co's group.
    std::int64_t firstInputOf(std::int64_t co) const { return (co / outPerGroup_) * inPerGroup_; }
    std::int64_t inPerGroup() const { return inPerGroup_; }
    std::int64_t outPerGroup() const { return outPerGroup_; }

private:
    std::int64_t groups_ = 1, inPerGroup_ = 1, outPerGroup_ = 1;
    std::vector<ChannelWire> wires_;
};

}  // namespace sb
