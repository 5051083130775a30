// SPDX-License-Identifier: MIT
#include "core/ChannelWiring.h"

namespace sb {

ChannelWiring::ChannelWiring(const LayerGeometry& g)
    : groups_(g.groups), inPerGroup_(g.inPerGroup()), outPerGroup_(g.outPerGroup())
{
    wires_.reserve(static_cast<std::size_t>(g.out_channels * inPerGroup_));
    for (std::int64_t co = 0; co < g.out_channels; ++co) {
        const std::int64_t group = g.groupOfOutput(co);
        for (std::int64_t k = 0; k < inPerGroup_; ++k)
            wires_.push_back({group * inPerGroup_ + k, co, co - group * outPerGroup_, k, group});
    }
}

std::vector<std::int64_t> ChannelWiring::wiresInto(std::int64_t co) const
{
    // Wires are stored co-major with inPerGroup wires per output channel.
    std::vector<std::int64_t> out;
    for (std::int64_t k = 0; k < inPerGroup_; ++k)
        out.push_back(co * inPerGroup_ + k);
    return out;
}

}  // namespace sb
