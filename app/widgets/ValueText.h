// SPDX-License-Identifier: MIT
// ValueText: tensor and bias values as the editors show and read them — integers without
// decimals, "nan", "inf" and "-inf" spelled as PyTorch prints them — shared by every field that
// holds a float.
#pragma once

#include <QString>

#include <optional>

namespace sb {

class ValueText {
public:
    // For a cell: integers without decimals, others with at most 4 decimals (exponent form when
    // that would hide a tiny or huge value); "nan", "inf", "-inf".
    static QString display(float value);
    // Every digit needed to read the same float32 back ("0.1", not "0.100000001"), for editing.
    static QString exact(float value);
    // A number in the C or the user's locale, or "nan", "inf", "-inf" in any case; rounded to
    // float32 as torch.tensor does (beyond its range: ±inf). nullopt when it is not a number.
    static std::optional<float> parse(const QString& text);
};

} // namespace sb
