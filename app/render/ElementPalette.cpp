#include "app/render/ElementPalette.h"

namespace sb {

ElementPalette::ElementPalette(Kind kind) : kind_(kind)
{
    if (kind == Kind::ColorBlindSafe) {
        // Okabe & Ito (2008) without black, which would hide the cell's text.
        colors_ = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                   QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};
    } else {
        // Tableau 10: distinct hues of similar weight.
        colors_ = {QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0xE1, 0x57, 0x59), QColor(0x76, 0xB7, 0xB2),
                   QColor(0x59, 0xA1, 0x4F), QColor(0xED, 0xC9, 0x48), QColor(0xB0, 0x7A, 0xA1), QColor(0xFF, 0x9D, 0xA7),
                   QColor(0x9C, 0x75, 0x5F), QColor(0xBA, 0xB0, 0xAC)};
    }
}

QColor ElementPalette::color(qint64 ci, qint64 iy, qint64 ix) const
{
    // Steps 1 (right), 3 (down), 2 and 4 (diagonals) are all non-zero modulo 8 and 10.
    const qint64 n = colors_.size();
    const qint64 index = ((3 * iy + ix + 7 * ci) % n + n) % n;
    return colors_[static_cast<int>(index)];
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
