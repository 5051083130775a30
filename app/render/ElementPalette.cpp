// SPDX-License-Identifier: MIT
#include "app/render/ElementPalette.h"

namespace sb {

namespace {

// For (iy, ix) with (iy + 1)·(ix + 1) ≤ 16, a slot 0 … 15 such that every plane of at most 16
// elements (H·W ≤ 16, so all of its cells are in this table) has 16 different slots: a proper
// 16-colouring of "share a plane of ≤ 16 elements", found once by backtracking. Row iy lists
// ix = 0, 1, ….
constexpr int kRow0[] = {0, 1, 3, 5, 7, 4, 9, 10, 2, 6, 8, 11, 12, 13, 14, 15};
constexpr int kRow1[] = {2, 6, 8, 11, 13, 12, 14, 15};
constexpr int kRow2[] = {4, 9, 12, 14, 10};
constexpr int kRow3[] = {7, 10, 15, 13};
constexpr int kRow4[] = {5, 13, 11};
constexpr int kRow5[] = {3, 12};
constexpr int kRow6[] = {8, 14};
constexpr int kRow7[] = {11, 15};
constexpr int kColumn0[] = {0, 2, 4, 7, 5, 3, 8, 11, 1, 6, 9, 10, 12, 13, 14, 15};  // ix = 0, iy = 0 … 15

int smallPlaneSlot(qint64 iy, qint64 ix)
{
    if (ix == 0 && iy < 16)
        return kColumn0[iy];
    switch (iy) {
    case 0: return ix < 16 ? kRow0[ix] : -1;
    case 1: return ix < 8 ? kRow1[ix] : -1;
    case 2: return ix < 5 ? kRow2[ix] : -1;
    case 3: return ix < 4 ? kRow3[ix] : -1;
    case 4: return ix < 3 ? kRow4[ix] : -1;
    case 5: return ix < 2 ? kRow5[ix] : -1;
    case 6: return ix < 2 ? kRow6[ix] : -1;
    case 7: return ix < 2 ? kRow7[ix] : -1;
    default: return -1;
    }
}

} // namespace

ElementPalette::ElementPalette(Kind kind) : kind_(kind)
{
    if (kind == Kind::ColorBlindSafe) {
        // Okabe & Ito (2008) without black, which would hide the cell's text.
        colors_ = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                   QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};
    } else {
        // 16 colours at least 20 apart in CIEDE2000, so 16 elements are 16 colours that never
        // blur into each other, in the full buffer's thin stripes either; their half-strength
        // tints, the cells' fills, stay 13 apart. Chosen by a farthest-point search with local
        // swaps over sRGB (steps of 15) with L* 35–86 and chroma up to 72, maximising the smaller of
        // the colours' distance and 1.55 times the tints' (tst_element_palette checks both).
        colors_ = {QColor(0x0F, 0x5A, 0xA5), QColor(0xA5, 0x2D, 0x00), QColor(0xFF, 0xD2, 0x4B), QColor(0x0F, 0x96, 0x2D),
                   QColor(0x5A, 0x78, 0x69), QColor(0xC3, 0xB4, 0xFF), QColor(0x00, 0xF0, 0xE1), QColor(0x78, 0x3C, 0xA5),
                   QColor(0xB4, 0x00, 0x5A), QColor(0xB4, 0xD2, 0x87), QColor(0x69, 0x5A, 0x69), QColor(0xF0, 0x87, 0x2D),
                   QColor(0x69, 0xC3, 0xF0), QColor(0xFF, 0x69, 0xB4), QColor(0x78, 0x5A, 0x1E), QColor(0xFF, 0xB4, 0xB4)};
    }
}

qint64 ElementPalette::index(qint64 ci, qint64 iy, qint64 ix) const
{
    const int slot = smallPlaneSlot(iy, ix);
    if (slot >= 0)
        return (slot + 7 * ci) % 16;
    // Larger planes: steps 1 (right), 3 (down), 2 and 4 (diagonals) are non-zero modulo 8 and 16.
    return ((3 * iy + ix + 7 * ci) % 16 + 16) % 16;
}

QColor ElementPalette::color(qint64 ci, qint64 iy, qint64 ix) const
{
    return colors_[static_cast<int>(index(ci, iy, ix) % colors_.size())];
}

Qt::BrushStyle ElementPalette::pattern(qint64 ci, qint64 iy, qint64 ix) const
{
    if (kind_ != Kind::ColorBlindSafe)
        return Qt::NoBrush;
    // The second eight of the 16 slots repeat the first eight's colours: hatched.
    return index(ci, iy, ix) >= colors_.size() ? Qt::BDiagPattern : Qt::NoBrush;
}

QColor ElementPalette::tint(qint64 ci, qint64 iy, qint64 ix, double strength) const
{
    const QColor c = color(ci, iy, ix);
    auto mix = [strength](int channel) { return static_cast<int>(255 - (255 - channel) * strength); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString ElementPalette::name(Kind kind)
{
    return kind == Kind::ColorBlindSafe ? QStringLiteral("colorblind") : QStringLiteral("vivid");
}

ElementPalette::Kind ElementPalette::fromName(const QString& name)
{
    return name == QLatin1String("colorblind") ? Kind::ColorBlindSafe : Kind::Vivid;
}

} // namespace sb
