// SPDX-License-Identifier: MIT
// Theme: the colours of everything that is not an input element's own colour, light or dark.
#pragma once

#include <QColor>
#include <QString>

namespace sb {

struct Theme {
    QString name;
    QColor background, panel, text, mutedText, grid, gridStrong;
    QColor cropShade, cropFrame, outputPadding, highlight, pinned, error;
    QColor heatLow, heatHigh;

    static Theme light();
    static Theme dark();
    static Theme byName(const QString& name);  // "light" (default) or "dark"
};

} // namespace sb
