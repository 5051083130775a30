// SPDX-License-Identifier: MIT
// CellSweep: the timeline of a view that computes its output one cell per step, in row-major order
// (the equivalent convolution's sliding kernel, the matrix view's rows of Wᵀ): step 0 is the
// start, step i computes cell i − 1, so cells [0, i) hold their value once step i is reached.
#pragma once

#include <QtGlobal>

namespace sb {

struct CellSweep {
    double position = 0.0;
    qint64 step = 0;       // the step being shown (the one arriving, or the last one reached)
    qint64 filled = 0;     // cells [0, filled) show their value
    qint64 current = -1;   // the cell being computed (the window / the row shown), −1 at the start
    qint64 previous = -1;  // the cell the window slides from while moving, −1 when it appears
    double t = 1.0;        // eased progress from `previous` to `current`

    // Steps of a sweep over `cells` cells: one per cell plus the start.
    static qint64 stepCount(qint64 cells) { return cells + 1; }
    // The state at a fractional position (clamped to the sweep).
    static CellSweep at(double position, qint64 cells);
};

} // namespace sb
