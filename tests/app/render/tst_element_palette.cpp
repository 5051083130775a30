// SPDX-License-Identifier: MIT
// ElementPalette: the 16 element colours are told apart at a glance (CIEDE2000 ≥ 20 pairwise, and
// their tints, the cells' fills, ≥ 12), the colour-blind palette's 8 too with its hatch for the
// second eight, and every plane of up to 16 elements gives each element its own colour.
#include "app/render/ElementPalette.h"

#include "ColorDifference.h"
#include "TestMain.h"

#include <QSet>
#include <QtTest>

using sb::ElementPalette;

namespace {

// The distinct colours of a palette, in its 16 slots' order (a plane of 16 elements in a row).
QList<QColor> slotColours(const ElementPalette& palette)
{
    QList<QColor> colours;
    for (qint64 ix = 0; ix < 16; ++ix)
        if (!colours.contains(palette.color(0, 0, ix)))
            colours.append(palette.color(0, 0, ix));
    return colours;
}

} // namespace

class ElementPaletteTest : public QObject {
    Q_OBJECT
private slots:
    void deltaE2000MatchesSharmasTestData_data();
    void deltaE2000MatchesSharmasTestData();
    void coloursAreFarApart_data();
    void coloursAreFarApart();
    void colourBlindPaletteHatchesItsSecondEight();
    void smallPlanesGiveEveryElementItsOwnColour();
};

void ElementPaletteTest::deltaE2000MatchesSharmasTestData_data()
{
    QTest::addColumn<sbtest::Lab>("first");
    QTest::addColumn<sbtest::Lab>("second");
    QTest::addColumn<double>("expected");
    // Pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal's 34 (their Table 1).
    QTest::newRow("pair 1: a blue's hue") << sbtest::Lab{50.0, 2.6772, -79.7751} << sbtest::Lab{50.0, 0.0, -82.7485} << 2.0425;
    QTest::newRow("pair 7: a neutral against a blue") << sbtest::Lab{50.0, 0.0, 0.0} << sbtest::Lab{50.0, -1.0, 2.0} << 2.3669;
    QTest::newRow("pair 17: a large hue difference") << sbtest::Lab{50.0, 2.5, 0.0} << sbtest::Lab{73.0, 25.0, -18.0} << 27.1492;
    QTest::newRow("pair 25: a dark colour") << sbtest::Lab{60.2574, -34.0099, 36.2677} << sbtest::Lab{60.4626, -34.1751, 39.4387} << 1.2644;
}

void ElementPaletteTest::deltaE2000MatchesSharmasTestData()
{
    QFETCH(sbtest::Lab, first);
    QFETCH(sbtest::Lab, second);
    QFETCH(double, expected);
    QVERIFY2(std::abs(sbtest::deltaE2000(first, second) - expected) < 5e-5, qPrintable(QString::number(sbtest::deltaE2000(first, second), 'f', 6)));
    QVERIFY(std::abs(sbtest::deltaE2000(second, first) - expected) < 5e-5);
}

void ElementPaletteTest::coloursAreFarApart_data()
{
    QTest::addColumn<ElementPalette::Kind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("tintDistance");
    QTest::newRow("vivid: 16 colours, tints 12 apart") << ElementPalette::Kind::Vivid << 16 << 12.0;
    // Okabe & Ito's 8: their tints come closer (yellow and orange), and the hatch tells the second eight apart.
    QTest::newRow("colour-blind safe: 8 colours") << ElementPalette::Kind::ColorBlindSafe << 8 << 8.0;
}

void ElementPaletteTest::coloursAreFarApart()
{
    QFETCH(ElementPalette::Kind, kind);
    QFETCH(int, count);
    QFETCH(double, tintDistance);
    const ElementPalette palette(kind);
    const QList<QColor> colours = slotColours(palette);
    QCOMPARE(colours.size(), count);
    const auto tintOf = [](const QColor& c) {
        return QColor(255 - (255 - c.red()) / 2, 255 - (255 - c.green()) / 2, 255 - (255 - c.blue()) / 2);
    };
    for (int i = 0; i < colours.size(); ++i)
        for (int j = i + 1; j < colours.size(); ++j) {
            const double colour = sbtest::deltaE2000(colours[i], colours[j]);
            const double tint = sbtest::deltaE2000(tintOf(colours[i]), tintOf(colours[j]));
            QVERIFY2(colour >= 20.0, qPrintable(QStringLiteral("%1 and %2: ΔE00 %3").arg(colours[i].name(), colours[j].name()).arg(colour)));
            QVERIFY2(tint >= tintDistance, qPrintable(QStringLiteral("tints of %1 and %2: ΔE00 %3").arg(colours[i].name(), colours[j].name()).arg(tint)));
        }
}

void ElementPaletteTest::colourBlindPaletteHatchesItsSecondEight()
{
    const ElementPalette palette(ElementPalette::Kind::ColorBlindSafe);
    // A 4x4 plane: 16 elements, 8 colours; each colour once plain and once hatched.
    QSet<QPair<QRgb, int>> looks;
    for (qint64 iy = 0; iy < 4; ++iy)
        for (qint64 ix = 0; ix < 4; ++ix)
            looks.insert({palette.color(0, iy, ix).rgb(), static_cast<int>(palette.pattern(0, iy, ix))});
    QCOMPARE(looks.size(), 16);
    QCOMPARE(ElementPalette(ElementPalette::Kind::Vivid).pattern(0, 3, 3), Qt::NoBrush);
}

void ElementPaletteTest::smallPlanesGiveEveryElementItsOwnColour()
{
    const ElementPalette palette;
    for (qint64 h = 1; h <= 16; ++h)
        for (qint64 w = 1; h * w <= 16; ++w)
            for (qint64 ci = 0; ci < 3; ++ci) {
                QSet<QRgb> colours;
                for (qint64 iy = 0; iy < h; ++iy)
                    for (qint64 ix = 0; ix < w; ++ix)
                        colours.insert(palette.color(ci, iy, ix).rgb());
                QVERIFY2(colours.size() == h * w, qPrintable(QStringLiteral("%1x%2, channel %3").arg(h).arg(w).arg(ci)));
            }
}

SB_TEST_GUILESS_MAIN(ElementPaletteTest)
#include "tst_element_palette.moc"
