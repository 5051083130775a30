// SPDX-License-Identifier: MIT
#include "app/render/Theme.h"

namespace sb {

Theme Theme::light()
{
    Theme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xfb, 0xfb, 0xfa);
    t.panel = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1d, 0x22, 0x2b);
    t.mutedText = QColor(0x6b, 0x72, 0x80);
    t.grid = QColor(0xd4, 0xd7, 0xdd);
    t.gridStrong = QColor(0x4b, 0x55, 0x63);
    // A dark slate, not a mid grey: a mid grey hides on element colours of its own lightness.
    t.cropShade = QColor(0x11, 0x18, 0x27, 80);
    t.cropFrame = QColor(0x11, 0x18, 0x27);
    t.outputPadding = QColor(0x7c, 0x3a, 0xed);
    t.highlight = QColor(0xe1, 0x1d, 0x48);
    t.pinned = QColor(0x00, 0x72, 0xb2);
    t.error = QColor(0xb9, 0x1c, 0x1c);
    t.heatLow = QColor(0xfe, 0xf3, 0xc7);
    t.heatHigh = QColor(0xb4, 0x30, 0x0f);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x16, 0x19, 0x20);
    t.panel = QColor(0x1f, 0x24, 0x2d);
    t.text = QColor(0xe5, 0xe7, 0xeb);
    t.mutedText = QColor(0x9c, 0xa3, 0xaf);
    t.grid = QColor(0x37, 0x41, 0x51);
    t.gridStrong = QColor(0xd1, 0xd5, 0xdb);
    t.cropShade = QColor(0x00, 0x00, 0x00, 120);
    t.cropFrame = QColor(0xf9, 0xfa, 0xfb);
    t.outputPadding = QColor(0xa7, 0x8b, 0xfa);
    t.highlight = QColor(0xfb, 0x71, 0x85);
    t.pinned = QColor(0x56, 0xb4, 0xe9);
    t.error = QColor(0xf8, 0x71, 0x71);
    t.heatLow = QColor(0x1e, 0x29, 0x3b);
    t.heatHigh = QColor(0xf5, 0x9e, 0x0b);
    return t;
}

Theme Theme::byName(const QString& name)
{
    return name == QLatin1String("dark") ? dark() : light();
}

} // namespace sb
