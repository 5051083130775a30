// SPDX-License-Identifier: MIT
// CIEDE2000 (ΔE₀₀), the CIE's colour difference of 2000, from sRGB through CIELAB (D65), as
// Sharma, Wu and Dalal give it ("The CIEDE2000 Color-Difference Formula: Implementation Notes,
// Supplementary Test Data, and Mathematical Observations", 2005): about 1 is a just-noticeable
// difference, and colours 20 apart are told apart at a glance, in thin stripes too.
#pragma once

#include <QColor>

#include <array>
#include <cmath>

namespace sbtest {

using Lab = std::array<double, 3>;

inline Lab toLab(const QColor& color)
{
    const auto linear = [](double u) { return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

inline double deltaE2000(const Lab& lab1, const Lab& lab2)
{
    constexpr double kPi = 3.14159265358979323846;
    const auto radians = [&](double degrees) { return degrees * kPi / 180.0; };
    const auto degrees = [&](double r) { return r * 180.0 / kPi; };
    const auto [l1, a1, b1] = lab1;
    const auto [l2, a2, b2] = lab2;
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2.0;
    const double g = 0.5 * (1.0 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1p = (1.0 + g) * a1, a2p = (1.0 + g) * a2;
    const double c1p = std::hypot(a1p, b1), c2p = std::hypot(a2p, b2);
    const auto hue = [&](double b, double ap) {
        return b == 0.0 && ap == 0.0 ? 0.0 : std::fmod(degrees(std::atan2(b, ap)) + 360.0, 360.0);
    };
    const double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
    double dh = 0.0;
    if (c1p * c2p != 0.0) {
        dh = h2p - h1p;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dL = l2 - l1, dC = c2p - c1p;
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));
    const double lBar = (l1 + l2) / 2.0, cBarP = (c1p + c2p) / 2.0;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0.0) {
        hBar = (h1p + h2p) / 2.0;
        if (std::abs(h1p - h2p) > 180.0)
            hBar += hBar < 180.0 ? 180.0 : -180.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hBar - 30.0)) + 0.24 * std::cos(radians(2.0 * hBar))
                     + 0.32 * std::cos(radians(3.0 * hBar + 6.0)) - 0.20 * std::cos(radians(4.0 * hBar - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hBar - 275.0) / 25.0, 2));
    const double rc = 2.0 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sl = 1.0 + 0.015 * std::pow(lBar - 50.0, 2) / std::sqrt(20.0 + std::pow(lBar - 50.0, 2));
    const double sc = 1.0 + 0.045 * cBarP, sh = 1.0 + 0.015 * cBarP * t;
    const double rt = -std::sin(radians(2.0 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
}

inline double deltaE2000(const QColor& a, const QColor& b)
{
    return deltaE2000(toLab(a), toLab(b));
}

} // namespace sbtest
