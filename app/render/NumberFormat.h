// SPDX-License-Identifier: MIT
// NumberFormat: how one grid writes its numbers, so a grid reads as one table. Integers are
// written as integers; otherwise every value gets the same number of decimals — enough for three
// significant digits at the grid's typical magnitude (two where the room is tight), never more than
// maxDecimals() — and the integer part is never rounded away: no scientific notation below 10⁷.
// A value never prints as something it is not: an exact zero is "0", and a non-zero value that
// the grid's decimals would round to zero keeps one significant digit of its own ("0.0004",
// "3e−5"), so a student never reads a weight as zero. Minus is "−" (U+2212).
#pragma once

#include "app/render/NumberSurvey.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sb {

class NumberFormat {
public:
    // Integers only; what a grid of counts uses.
    NumberFormat() = default;
    explicit NumberFormat(int decimals) : decimals_(decimals) {}
    // The format for a grid holding these values (NaN and ±Inf are ignored).
    // `significant`: the digits the typical value keeps (3, or 2 to fit a tight room).
    static NumberFormat forValues(const std::vector<double>& values, int significant = 3);
    static NumberFormat forSurvey(const NumberSurvey& survey, int significant = 3);
    template <typename Iterator>
    static NumberFormat forRange(Iterator first, Iterator last)
    {
        return forValues(std::vector<double>(first, last));
    }

    int decimals() const { return decimals_; }
    QString text(double value) const;
    // The widest text of these values in this format (the one that sizes the grid's cells).
    QString widest(const std::vector<double>& values) const;
    QString widest(const NumberSurvey& survey) const;

    // A number on its own, in a sentence or a formula: an integer as such, otherwise up to
    // maxDecimals() decimals without trailing zeros (and never a non-zero value as zero).
    static QString plain(double value);
    // A non-zero value with one significant digit: "0.0004" down to 10⁻⁴, "3e−5" below.
    static QString nonZero(double value);
    // Terms joined into a sum, a negative term subtracted: "6 − 2 + 0.5", never "6 + −2".
    static QString sum(const QStringList& terms);
    // "a·b", the second factor in brackets when it is negative: "−2.41·(−0.65)", never "·−".
    static QString product(const QString& a, const QString& b);
    // "-" as "−" in a number already written.
    static QString withTypographicMinus(QString text);

    // At most this many decimals in any grid (a setting of the window, 4 by default, 0–6).
    static int maxDecimals();
    static void setMaxDecimals(int decimals);

private:
    int decimals_ = 0;
};

} // namespace sb
