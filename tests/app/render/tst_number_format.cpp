// SPDX-License-Identifier: MIT
// NumberFormat and NumberSurvey: how a grid's values decide its decimals and its widest text, and
// that a survey of many millions of values (a large layer's sums grid) keeps a bounded sample
// whose median still reads the grid right.
#include "app/render/NumberFormat.h"
#include "app/render/NumberSurvey.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using sb::NumberFormat;
using sb::NumberSurvey;

class NumberFormatTest : public QObject {
    Q_OBJECT
private slots:
    void decimals_data();
    void decimals();
    void widestTextIsAnExtreme();
    void surveyAndValuesAgree();
    void largeSurveyKeepsItsMedian();
    void texts_data();
    void texts();
    void nonZeroValuesNeverPrintAsZero();
};

void NumberFormatTest::decimals_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<int>("decimals");
    QTest::newRow("integers have none") << std::vector<double>{1, -4, 12, 0} << 0;
    QTest::newRow("nothing but zeros") << std::vector<double>{0, 0} << 0;
    QTest::newRow("typed with two decimals, not padded") << std::vector<double>{0.78, 0.4, 3} << 2;
    QTest::newRow("three significant digits at 0.5") << std::vector<double>{0.51234, 0.4321, 0.6} << 3;
    QTest::newRow("three significant digits at 51") << std::vector<double>{51.234, 40.321, 66.61} << 1;
    QTest::newRow("the median, not an outlier, sets them") << std::vector<double>{0.0123456, 0.0234567, 0.0345678, 900.5} << 4;
    QTest::newRow("NaN and infinities are ignored")
        << std::vector<double>{0.25, std::nan(""), std::numeric_limits<double>::infinity(), 0.5} << 2;
}

void NumberFormatTest::decimals()
{
    QFETCH(std::vector<double>, values);
    QFETCH(int, decimals);
    QCOMPARE(NumberFormat::forValues(values).decimals(), decimals);
}

void NumberFormatTest::widestTextIsAnExtreme()
{
    const std::vector<double> values{0.5, -12.25, 3.75, 0.25, 99.5};
    const NumberFormat f = NumberFormat::forValues(values);
    QCOMPARE(f.decimals(), 2);
    // The most negative value, with its sign, is longer than the largest.
    QCOMPARE(f.widest(values), QStringLiteral("\u221212.25"));
    QCOMPARE(NumberFormat(1).widest(std::vector<double>{3e9, -12.25}), QStringLiteral("3.00e9"));
    QCOMPARE(NumberFormat(0).widest(std::vector<double>{1, -std::numeric_limits<double>::infinity()}), QStringLiteral("\u2212inf"));
}

// Fed one value at a time, a survey gives the format and widest text the vector gives.
void NumberFormatTest::surveyAndValuesAgree()
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> uniform(-3.0, 3.0);
    std::vector<double> values;
    NumberSurvey survey;
    for (int i = 0; i < 1000; ++i) {
        const double v = std::round(uniform(random) * 100.0) / 100.0;
        values.push_back(v);
        survey.add(v);
    }
    const NumberFormat f = NumberFormat::forSurvey(survey);
    QCOMPARE(f.decimals(), NumberFormat::forValues(values).decimals());
    QCOMPARE(f.decimals(), 2);
    QCOMPARE(f.widest(survey), f.widest(values));
    double maxAbs = 0.0;
    for (double v : values)
        maxAbs = std::max(maxAbs, std::abs(v));
    QCOMPARE(survey.maxAbs(), maxAbs);
}

// Past kExactMedianUpTo non-zero values the survey keeps an evenly spaced sample. Its median must
// still be the grid's: magnitudes that grow steadily from 1 to 2 over 3.5 million values have
// their middle at 1.5, where a sample of the first million alone would give 1.14.
void NumberFormatTest::largeSurveyKeepsItsMedian()
{
    const int count = 3'500'000;
    QVERIFY(static_cast<std::size_t>(count) > 3 * NumberSurvey::kExactMedianUpTo);
    NumberSurvey survey;
    for (int i = 0; i < count; ++i)
        survey.add((i % 2 == 0 ? 1.0 : -1.0) * (1.0 + static_cast<double>(i) / count));
    QVERIFY2(std::abs(survey.typicalMagnitude() - 1.5) < 1e-3, qPrintable(QString::number(survey.typicalMagnitude(), 'g', 10)));
    QCOMPARE(NumberFormat::forSurvey(survey).decimals(), 2);
    QCOMPARE(survey.lowest(), -(1.0 + static_cast<double>(count - 1) / count));
}

void NumberFormatTest::texts_data()
{
    QTest::addColumn<std::vector<double>>("grid");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    const std::vector<double> weights{0.5, -0.25, 0.125, 3e-5, 0.0004};
    QTest::newRow("a weight of 3e-5 among halves keeps its digit") << weights << 3e-5 << QStringLiteral("3e\u22125");
    QTest::newRow("0.0004 among halves is not 0.000") << weights << 0.0004 << QStringLiteral("0.0004");
    QTest::newRow("a grid's own decimals otherwise") << weights << 0.125 << QStringLiteral("0.125");
    QTest::newRow("an exact zero is 0, not 0.000") << weights << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero is 0") << weights << -0.0 << QStringLiteral("0");
    QTest::newRow("a small negative keeps its sign") << weights << -0.0004 << QStringLiteral("\u22120.0004");
    QTest::newRow("0.00096 is one digit, not 0.001 rounded from 0.0010")
        << std::vector<double>{0.5, 0.25} << 0.00096 << QStringLiteral("0.0010");
    QTest::newRow("1e-4 in a grid of tens") << std::vector<double>{12.5, 40.25} << 1e-4 << QStringLiteral("0.0001");
    QTest::newRow("9.7e-5 rounds to one digit") << std::vector<double>{12.5, 40.25} << 9.7e-5 << QStringLiteral("1e\u22124");
}

void NumberFormatTest::texts()
{
    QFETCH(std::vector<double>, grid);
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::forValues(grid).text(value), text);
}

// Random grids whose values span 1e-6 to 1e5 in magnitude, zeros among them: a non-zero value
// never prints as a zero, an exact zero prints as "0", and the widest text is as wide as any
// value's text, in both the grid's format and a sentence's (plain).
void NumberFormatTest::nonZeroValuesNeverPrintAsZero()
{
    std::mt19937 random(11);
    std::uniform_real_distribution<double> exponent(-6.0, 5.0);
    std::uniform_int_distribution<int> pick(0, 9);
    const auto readsAsZero = [](const QString& text) {
        return QString(text).remove(QChar(0x2212)).remove(QLatin1Char('0')).remove(QLatin1Char('.')).isEmpty();
    };
    for (int grid = 0; grid < 200; ++grid) {
        std::vector<double> values;
        const int count = 1 + grid % 40;
        for (int i = 0; i < count; ++i) {
            const int kind = pick(random);
            const double magnitude = std::pow(10.0, exponent(random));
            values.push_back(kind == 0 ? 0.0 : (kind % 2 ? -magnitude : magnitude));
        }
        for (int significant : {2, 3}) {
            const NumberFormat format = NumberFormat::forValues(values, significant);
            const QString widest = format.widest(values);
            for (double v : values) {
                const QString text = format.text(v);
                if (v == 0.0)
                    QCOMPARE(text, QStringLiteral("0"));
                else
                    QVERIFY2(!readsAsZero(text), qPrintable(QStringLiteral("%1 printed as %2").arg(v, 0, 'g', 17).arg(text)));
                QVERIFY2(text.size() <= widest.size(), qPrintable(text + QStringLiteral(" wider than ") + widest));
                if (v != 0.0)
                    QVERIFY2(!readsAsZero(NumberFormat::plain(v)), qPrintable(NumberFormat::plain(v)));
            }
        }
    }
}

SB_TEST_GUILESS_MAIN(NumberFormatTest)
#include "tst_number_format.moc"
