// SPDX-License-Identifier: MIT
// InstructionSet: which SIMD build of the hot paths runs. Each hot path is compiled three times
// (SSE2, the x86-64 baseline; AVX2+FMA; AVX-512) and one is chosen once, at first use, from what
// the CPU supports, so a binary built here still runs on an older machine. SB_ISA=sse2|avx2|avx512
// forces one; a forced one the CPU lacks is refused (the reason once on stderr) for the best it has.
#pragma once

#include <array>

namespace sb::simd {

enum class InstructionSet { Sse2, Avx2, Avx512 };

inline constexpr std::array<InstructionSet, 3> kInstructionSets = {InstructionSet::Sse2, InstructionSet::Avx2,
                                                                   InstructionSet::Avx512};

// "sse2", "avx2", "avx512": the names SB_ISA takes.
const char* isaName(InstructionSet isa);
// "SSE2", "AVX2+FMA", "AVX-512": for people.
const char* isaTitle(InstructionSet isa);

// Whether this CPU runs isa's build (AVX2 needs FMA too; AVX-512 needs F, CD, BW, DQ and VL).
bool cpuSupports(InstructionSet isa);
// The best build this CPU runs.
InstructionSet bestSupported();

// The build every dispatched path uses in this process: chosen once, SB_ISA honoured.
InstructionSet activeInstructionSet();
inline const char* activeIsa() { return isaName(activeInstructionSet()); }

} // namespace sb::simd
