// SPDX-License-Identifier: MIT
// Cancelled: thrown by a long computation whose progress callback asked it to stop (the user
// edited the config again, or pressed Cancel). It is not an error: nothing is reported.
#pragma once

#include <exception>
#include <functional>

namespace sb {

struct Cancelled : std::exception {
    const char* what() const noexcept override { return "cancelled"; }
};

// Called now and then with the fraction done (0..1); returning false cancels the computation,
// which then throws Cancelled. An empty function never cancels.
using ProgressCallback = std::function<bool(double fraction)>;

} // namespace sb
