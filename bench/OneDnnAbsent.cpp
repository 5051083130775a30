// SPDX-License-Identifier: MIT
// OneDnnAbsent: what the bench links when CMake did not find oneDNN.
#include "OneDnnBench.h"

namespace sbbench {

std::string oneDnnVersion() { return {}; }

std::optional<OneDnnTiming> timeOneDnnDeconvolution(const sb::Layer&, const sb::Tensor&, int, int, int,
                                                    const std::function<void()>&)
{
    return std::nullopt;
}

} // namespace sbbench
