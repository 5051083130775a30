// SPDX-License-Identifier: MIT
// ExitCode: the exit statuses every scatterboard command shares, as `scatterboard --help` lists them.
#pragma once

namespace sb::ExitCode {

inline constexpr int Success = 0;
inline constexpr int Failure = 1;       // anything else: out of memory, output not writable
inline constexpr int InvalidInput = 2;  // a config that cannot be read or that PyTorch rejects, bad usage

} // namespace sb::ExitCode
