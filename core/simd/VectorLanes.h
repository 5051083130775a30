// SPDX-License-Identifier: MIT
// The float vector of the build this header is compiled into (core/CMakeLists.txt compiles the
// fast path once per instruction set): 16 lanes under AVX-512, 8 under AVX2, 4 under SSE2. GCC's
// vector extension turns these into the build's own instructions, and -ffp-contract=fast turns
// `acc += a * b` into one FMA where the build has it. Include only from core/simd/.
#pragma once

#include <cstring>

#include <immintrin.h>

#ifndef SB_SIMD_NAMESPACE
#error "core/simd/VectorLanes.h belongs to one build of the fast path; core/CMakeLists.txt defines SB_SIMD_NAMESPACE"
#endif

namespace sb::simd::SB_SIMD_NAMESPACE {

#if defined(__AVX512F__)
inline constexpr int kLanes = 16;
#elif defined(__AVX__)
inline constexpr int kLanes = 8;
#else
inline constexpr int kLanes = 4;
#endif

using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));

// Unaligned: memcpy compiles to one vmovups.
inline Vec loadVec(const float* p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void storeVec(float* p, Vec v) { std::memcpy(p, &v, sizeof v); }

// Not `Vec{} + s`: adding +0.0 is not a no-op for −0.0, so the compiler would keep the add.
inline Vec broadcastVec(float s)
{
#if defined(__AVX512F__)
    return (Vec)_mm512_set1_ps(s);
#elif defined(__AVX__)
    return (Vec)_mm256_set1_ps(s);
#else
    return (Vec)_mm_set1_ps(s);
#endif
}

// Lanes [lo, hi) from p[lane], the others zero: nothing outside p[lo] … p[hi − 1] is read, so p may
// point before the start of a row (0 ≤ lo ≤ hi ≤ kLanes).
inline Vec loadVecPartial(const float* p, int lo, int hi)
{
#if defined(__AVX512F__)
    const auto mask = static_cast<__mmask16>(((1u << hi) - 1u) & ~((1u << lo) - 1u));
    return (Vec)_mm512_maskz_loadu_ps(mask, p);
#elif defined(__AVX2__)
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i mask = _mm256_and_si256(_mm256_cmpgt_epi32(_mm256_set1_epi32(hi), lane),
                                          _mm256_cmpgt_epi32(lane, _mm256_set1_epi32(lo - 1)));
    return (Vec)_mm256_maskload_ps(p, mask);
#else
    Vec v{};
    for (int i = lo; i < hi; ++i)
        v[i] = p[i];
    return v;
#endif
}

// lo = a₀ b₀ a₁ b₁ …, the first halves of a and b interleaved; hi = the second halves.
inline void interleaveVecs(Vec a, Vec b, Vec& lo, Vec& hi)
{
#if defined(__AVX512F__)
    const __m512i first = _mm512_setr_epi32(0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
    const __m512i second = _mm512_setr_epi32(8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
    lo = (Vec)_mm512_permutex2var_ps((__m512)a, first, (__m512)b);
    hi = (Vec)_mm512_permutex2var_ps((__m512)a, second, (__m512)b);
#elif defined(__AVX__)
    const __m256 low = _mm256_unpacklo_ps((__m256)a, (__m256)b);   // a0 b0 a1 b1 | a4 b4 a5 b5
    const __m256 high = _mm256_unpackhi_ps((__m256)a, (__m256)b);  // a2 b2 a3 b3 | a6 b6 a7 b7
    lo = (Vec)_mm256_permute2f128_ps(low, high, 0x20);
    hi = (Vec)_mm256_permute2f128_ps(low, high, 0x31);
#else
    lo = (Vec)_mm_unpacklo_ps((__m128)a, (__m128)b);
    hi = (Vec)_mm_unpackhi_ps((__m128)a, (__m128)b);
#endif
}

// even = a₀ a₂ a₄ … b₀ b₂ b₄ …, odd = a₁ a₃ a₅ … b₁ b₃ b₅ …: the inverse of interleaveVecs.
inline void deinterleaveVecs(Vec a, Vec b, Vec& even, Vec& odd)
{
#if defined(__AVX512F__)
    const __m512i evens = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i odds = _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
    even = (Vec)_mm512_permutex2var_ps((__m512)a, evens, (__m512)b);
    odd = (Vec)_mm512_permutex2var_ps((__m512)a, odds, (__m512)b);
#elif defined(__AVX2__)
    // Within each 128-bit half: a₀ a₂ b₀ b₂ | a₄ a₆ b₄ b₆; then the middle quarters swap.
    even = (Vec)_mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps((__m256)a, (__m256)b, 0x88)), 0xD8));
    odd = (Vec)_mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps((__m256)a, (__m256)b, 0xDD)), 0xD8));
#else
    even = (Vec)_mm_shuffle_ps((__m128)a, (__m128)b, 0x88);
    odd = (Vec)_mm_shuffle_ps((__m128)a, (__m128)b, 0xDD);
#endif
}

// Transposes kLanes vectors in place: afterwards rows[k][l] holds what rows[l][k] held. Each of
// the log₂ kLanes rounds interleaves row i with row i + kLanes/2 (the perfect shuffle).
inline void transposeVecs(Vec (&rows)[kLanes])
{
    for (int round = 1; round < kLanes; round *= 2) {
        Vec shuffled[kLanes];
        for (int i = 0; i < kLanes / 2; ++i)
            interleaveVecs(rows[i], rows[i + kLanes / 2], shuffled[2 * i], shuffled[2 * i + 1]);
        for (int i = 0; i < kLanes; ++i)
            rows[i] = shuffled[i];
    }
}

} // namespace sb::simd::SB_SIMD_NAMESPACE
