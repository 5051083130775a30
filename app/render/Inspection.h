// SPDX-License-Identifier: MIT
// Inspection: what hovering (or pinning) a cell explains — the input elements, kernel taps and
// cells involved, and the sum written out with numbers, e.g.
//   y[0,1] = 1·w[1,2] + 1·w[1,0] = 7 + 5 = 12
#pragma once

#include "app/render/HitTarget.h"

#include <QSet>
#include <QString>

namespace sb {

struct Inspection {
    HitTarget target;
    QString expression;  // one line, numbers substituted
    QString detail;      // a second line: which elements and taps, in words
    QSet<qint64> elements;    // input elements highlighted, as iy·W + ix of the shown channel
    QSet<qint64> taps;        // kernel taps highlighted, as ky·kW + kx
    QSet<qint64> fullCells;   // as y·fullCols + x in the (extended) full grid
    QSet<qint64> outputCells; // as oy·W_out + ox
    bool isEmpty() const { return target.isNone(); }
};

// Numbers as a teacher writes them: 12, 0.5, −1.25, nan, inf.
QString formatValue(double value);

} // namespace sb
