// SPDX-License-Identifier: MIT
#include "core/simd/InstructionSet.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace sb::simd {

namespace {

std::optional<InstructionSet> parseIsa(const char* name)
{
    for (const InstructionSet isa : kInstructionSets)
        if (std::strcmp(name, isaName(isa)) == 0)
            return isa;
    return std::nullopt;
}

InstructionSet choose()
{
    const InstructionSet best = bestSupported();
    const char* forced = std::getenv("SB_ISA");
    if (!forced || !*forced)
        return best;
    const std::optional<InstructionSet> wanted = parseIsa(forced);
    if (!wanted) {
        std::fprintf(stderr, "scatterboard: SB_ISA=%s is not one of sse2, avx2, avx512; using %s\n", forced,
                     isaName(best));
        return best;
    }
    if (!cpuSupports(*wanted)) {
        std::fprintf(stderr, "scatterboard: SB_ISA=%s refused: this CPU lacks %s; using %s\n", forced, isaTitle(*wanted),
                     isaName(best));
        return best;
    }
    return *wanted;
}

} // namespace

const char* isaName(InstructionSet isa)
{
    switch (isa) {
    case InstructionSet::Sse2: return "sse2";
    case InstructionSet::Avx2: return "avx2";
    case InstructionSet::Avx512: return "avx512";
    }
    return "sse2";
}

const char* isaTitle(InstructionSet isa)
{
    switch (isa) {
    case InstructionSet::Sse2: return "SSE2";
    case InstructionSet::Avx2: return "AVX2+FMA";
    case InstructionSet::Avx512: return "AVX-512";
    }
    return "SSE2";
}

bool cpuSupports(InstructionSet isa)
{
    // The flags each build is compiled with (core/CMakeLists.txt), checked one by one: GCC may use
    // any of them anywhere in that build's code.
    switch (isa) {
    case InstructionSet::Sse2: return true;  // part of x86-64
    case InstructionSet::Avx2: return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case InstructionSet::Avx512:
        return cpuSupports(InstructionSet::Avx2) && __builtin_cpu_supports("avx512f") &&
               __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
    }
    return false;
}

InstructionSet bestSupported()
{
    for (auto it = kInstructionSets.rbegin(); it != kInstructionSets.rend(); ++it)
        if (cpuSupports(*it))
            return *it;
    return InstructionSet::Sse2;
}

InstructionSet activeInstructionSet()
{
    static const InstructionSet chosen = choose();  // once: thread-safe, and SB_ISA's refusal printed once
    return chosen;
}

} // namespace sb::simd
