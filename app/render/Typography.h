// SPDX-License-Identifier: MIT
// Typography: the pictures' type. One pinned family (DejaVu Sans, Debian's fonts-dejavu-core, which
// covers Latin, Greek and the maths signs the pictures use), so an export measures and looks the
// same on every machine, and a small scale of sizes in world pixels: at scale 1 a size is the
// number of device pixels, and nothing is set below kMinimum (a projected picture is read from
// the back row). Layouts measure their text here with the metrics of the font that draws it.
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace sb {

class Typography {
public:
    static constexpr double kMinimum = 12;   // no text smaller than this at scale 1
    static constexpr double kTitle = 22;     // the module call over every view (bold)
    static constexpr double kSubtitle = 15;  // the muted line under it
    static constexpr double kHeading = 16;   // a grid's or panel's caption (bold)
    static constexpr double kBody = 17;      // the footer's narration and the hover sums
    static constexpr double kLabel = 14;     // legends, annotations, axis labels
    static constexpr double kSmall = 12;     // secondary notes; never smaller
    static constexpr double kCell = 15;      // numbers in a readable grid's cells

    static const QString& family();
    static QFont font(double px, bool bold = false);
    // Cached per size: building QFontMetricsF per text dominated layout time.
    static const QFontMetricsF& metrics(double px, bool bold = false);
    static double width(const QString& text, double px, bool bold = false);
    // A line of prose, in the language the program speaks (taller for Chinese and Korean).
    static double lineHeight(double px, bool bold = false);
    // A line of digits, as the grids' cells hold: DejaVu's own height in every language.
    static double numberHeight(double px, bool bold = false);
    // The height of text word-wrapped to maxWidth, as drawText with Qt::TextWordWrap lays it out.
    static double wrappedHeight(const QString& text, double px, bool bold, double maxWidth);
    // Text broken into lines no wider than maxWidth, at word boundaries (anywhere inside a word
    // longer than a line), as QTextLayout breaks it.
    static QStringList wrap(const QString& text, double px, bool bold, double maxWidth);
    // At most maxLines of wrap(); when text needs more, the last line ends in "…".
    static QStringList wrap(const QString& text, double px, bool bold, double maxWidth, int maxLines);
    // The widest line of a multi-line text.
    static double widestLine(const QStringList& lines, double px, bool bold = false);
};

} // namespace sb
