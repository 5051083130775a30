// SPDX-License-Identifier: MIT
// ValueText: how a float looks in a cell and in an edit box, and what typed text it reads back.
#include "app/widgets/ValueText.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>

using sb::ValueText;

class ValueTextTest : public QObject {
    Q_OBJECT
private slots:
    void display_data();
    void display();
    void exactReadsBackTheSameFloat_data();
    void exactReadsBackTheSameFloat();
    void parse_data();
    void parse();
};

void ValueTextTest::display_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("an integer has no decimals") << 12.0f << "12";
    QTest::newRow("a negative integer") << -3.0f << "-3";
    QTest::newRow("negative zero reads as zero") << -0.0f << "0";
    QTest::newRow("a half") << 0.5f << "0.5";
    QTest::newRow("0.1 is not 0.100000001") << 0.1f << "0.1";
    QTest::newRow("pi keeps four decimals") << 3.14159265f << "3.1416";
    QTest::newRow("a tiny value keeps its magnitude") << 0.00001f << "1e-05";
    QTest::newRow("a huge value is in exponent form") << 1e20f << "1e+20";
    QTest::newRow("nan as PyTorch prints it") << std::nanf("") << "nan";
    QTest::newRow("inf") << INFINITY << "inf";
    QTest::newRow("-inf") << -INFINITY << "-inf";
}

void ValueTextTest::display()
{
    QFETCH(float, value);
    QFETCH(QString, text);
    QCOMPARE(ValueText::display(value), text);
}

void ValueTextTest::exactReadsBackTheSameFloat_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1 in its shortest form") << 0.1f << "0.1";
    QTest::newRow("pi with every digit float32 has") << 3.14159265f << "3.1415927";
    QTest::newRow("an integer") << 16.0f << "16";
    QTest::newRow("-inf") << -INFINITY << "-inf";
}

void ValueTextTest::exactReadsBackTheSameFloat()
{
    QFETCH(float, value);
    QFETCH(QString, text);
    QCOMPARE(ValueText::exact(value), text);
    QCOMPARE(ValueText::parse(text), std::optional<float>(value));
}

void ValueTextTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<float>("value");
    QTest::newRow("a decimal") << "2.5" << true << 2.5f;
    QTest::newRow("spaces around are ignored") << " -3 " << true << -3.0f;
    QTest::newRow("an exponent") << "1e-3" << true << 0.001f;
    QTest::newRow("NaN in any case") << "NaN" << true << std::nanf("");
    QTest::newRow("inf") << "inf" << true << INFINITY;
    QTest::newRow("+inf") << "+inf" << true << INFINITY;
    QTest::newRow("-inf") << "-INF" << true << -INFINITY;
    QTest::newRow("beyond float32 rounds to inf as torch.tensor does") << "1e50" << true << INFINITY;
    QTest::newRow("a word is not a number") << "abc" << false << 0.0f;
    QTest::newRow("nothing is not a number") << "" << false << 0.0f;
}

void ValueTextTest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, readable);
    QFETCH(float, value);
    const std::optional<float> parsed = ValueText::parse(text);
    QCOMPARE(parsed.has_value(), readable);
    if (!readable)
        return;
    if (std::isnan(value))
        QVERIFY(std::isnan(*parsed));
    else
        QCOMPARE(*parsed, value);
}

SB_TEST_APPLESS_MAIN(ValueTextTest)
#include "tst_value_text.moc"
