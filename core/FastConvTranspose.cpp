// SPDX-License-Identifier: MIT
// The dispatcher only: the body is core/simd/FastConvTransposeKernel.cpp, built once per
// instruction set.
#include "core/FastConvTranspose.h"

#include "core/simd/FastConvTransposeKernel.h"

#include <stdexcept>
#include <string>

namespace sb {

namespace simd {

Tensor fastConvTransposeWith(InstructionSet isa, const Layer& layer)
{
    if (!cpuSupports(isa))
        throw std::runtime_error(std::string("fastConvTranspose: this CPU cannot run the ") + isaTitle(isa) + " build");
    switch (isa) {
    case InstructionSet::Sse2: return sse2::fastConvTranspose(layer);
    case InstructionSet::Avx2: return avx2::fastConvTranspose(layer);
    case InstructionSet::Avx512: return avx512::fastConvTranspose(layer);
    }
    return sse2::fastConvTranspose(layer);
}

} // namespace simd

Tensor fastConvTranspose(const Layer& layer)
{
    return simd::fastConvTransposeWith(simd::activeInstructionSet(), layer);
}

} // namespace sb
