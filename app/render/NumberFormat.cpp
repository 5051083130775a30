// SPDX-License-Identifier: MIT
#include "app/render/NumberFormat.h"

#include <QLocale>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace sb {

namespace {

std::atomic<int> gMaxDecimals{4};

// Beyond this, digits stop meaning anything to a reader and the exponent form is shorter.
constexpr double kScientificFrom = NumberSurvey::kPlainBelow;

const QString kMinus = QStringLiteral("\u2212");

QString special(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    return value > 0 ? QStringLiteral("inf") : kMinus + QStringLiteral("inf");
}

QString scientific(double value)
{
    // "1.23e+08" → "1.23e8": shorter, and how a person writes it.
    QString text = QString::number(value, 'e', 2);
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString mantissa = text.left(e), exponent = text.mid(e + 1);
    const bool negativeExponent = exponent.startsWith(QLatin1Char('-'));
    exponent.remove(0, 1);
    while (exponent.size() > 1 && exponent.startsWith(QLatin1Char('0')))
        exponent.remove(0, 1);
    return NumberFormat::withTypographicMinus(mantissa + QStringLiteral("e") + (negativeExponent ? QStringLiteral("-") : QString())
                                              + exponent);
}

bool isInteger(double value)
{
    return std::trunc(value) == value;
}

// "0.000", "−0.00": what a fixed number of decimals makes of a value too small for them.
bool readsAsZero(const QString& text)
{
    for (const QChar c : text)
        if (c != QLatin1Char('0') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    return true;
}

} // namespace

int NumberFormat::maxDecimals()
{
    return gMaxDecimals.load();
}

void NumberFormat::setMaxDecimals(int decimals)
{
    gMaxDecimals.store(std::clamp(decimals, 0, 6));
}

NumberFormat NumberFormat::forValues(const std::vector<double>& values, int significant)
{
    return forSurvey(NumberSurvey(values), significant);
}

NumberFormat NumberFormat::forSurvey(const NumberSurvey& survey, int significant)
{
    const double typical = survey.typicalMagnitude();
    // The typical magnitude is the median: one outlier does not change how the grid reads.
    if (!survey.fractions() || typical == 0.0)
        return NumberFormat(0);
    // Three significant digits at that magnitude: 0.0123 → 4, 0.512 → 3, 5.12 → 2, 51.2 → 1,
    // and at least one decimal, so a fraction is never shown as an integer.
    const int digitsBeforePoint = static_cast<int>(std::floor(std::log10(typical)));
    const int wanted = std::clamp(significant - 1 - digitsBeforePoint, 1, std::max(1, maxDecimals()));
    // Values typed with fewer decimals (0.78, 0.4) are not padded with zeros they never had.
    for (int d = 1; d < wanted; ++d)
        if (survey.exactWith(d))
            return NumberFormat(d);
    return NumberFormat(wanted);
}

QString NumberFormat::text(double value) const
{
    if (!std::isfinite(value))
        return special(value);
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::abs(value) >= kScientificFrom)
        return scientific(value);
    const QString text = QString::number(value, 'f', decimals_);
    return readsAsZero(text) ? nonZero(value) : withTypographicMinus(text);
}

QString NumberFormat::nonZero(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= NumberSurvey::kFixedFrom) {
        // As many decimals as the first significant digit needs: 0.0004, 0.03.
        const int decimals = std::max(1, static_cast<int>(std::ceil(-std::log10(magnitude) - 1e-9)));
        QString text = QString::number(value, 'f', decimals);
        if (readsAsZero(text))  // 0.000096 is 1e−4 rounded, still one digit
            text = QString::number(value, 'f', decimals + 1);
        return withTypographicMinus(text);
    }
    // "3e-05" → "3e−5".
    QString text = QString::number(value, 'e', 0);
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString exponent = text.mid(e + 2);
    while (exponent.size() > 1 && exponent.startsWith(QLatin1Char('0')))
        exponent.remove(0, 1);
    return withTypographicMinus(text.left(e) + QStringLiteral("e") + text.mid(e + 1, 1).replace(QLatin1Char('+'), QString()) + exponent);
}

QString NumberFormat::widest(const std::vector<double>& values) const
{
    return widest(NumberSurvey(values));
}

QString NumberFormat::widest(const NumberSurvey& survey) const
{
    // With a fixed number of decimals the longest texts are those with the most digits before the
    // point, and a sign: the extremes, and — since from 10⁷ on the exponent form is shorter — the
    // extremes below 10⁷. No need to write every value of a large grid.
    QString widest;
    // The values nearest zero may be written with a digit of their own ("−3e−5").
    for (const QString& t : {text(survey.lowest()), text(survey.highest()), text(survey.lowestPlain()),
                             text(survey.highestPlain()), survey.special() ? QStringLiteral("\u2212inf") : QString()})
        if (t.size() > widest.size())
            widest = t;
    for (double v : survey.nearestZero())
        if (const QString t = text(v); t.size() > widest.size())
            widest = t;
    return widest;
}

QString NumberFormat::plain(double value)
{
    if (!std::isfinite(value))
        return special(value);
    if (std::abs(value) >= kScientificFrom)
        return scientific(value);
    if (isInteger(value))
        return withTypographicMinus(QString::number(static_cast<qint64>(value)));
    QString text = QString::number(value, 'f', std::max(1, maxDecimals()));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (readsAsZero(text))
        return nonZero(value);
    return withTypographicMinus(text);
}

QString NumberFormat::sum(const QStringList& terms)
{
    QString out;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString& term = terms[i];
        const bool negative = term.startsWith(kMinus) || term.startsWith(QLatin1Char('-'));
        if (i == 0)
            out += term;
        else if (negative)
            out += QStringLiteral(" ") + kMinus + QStringLiteral(" ") + term.mid(1);
        else
            out += QStringLiteral(" + ") + term;
    }
    return out;
}

QString NumberFormat::withTypographicMinus(QString text)
{
    return text.replace(QLatin1Char('-'), kMinus);
}

QString NumberFormat::product(const QString& a, const QString& b)
{
    const bool negative = b.startsWith(QChar(0x2212)) || b.startsWith(QLatin1Char('-'));
    return a + QStringLiteral("·") + (negative ? QStringLiteral("(%1)").arg(b) : b);
}

} // namespace sb
