// SPDX-License-Identifier: MIT
#include "app/render/PictureChrome.h"

#include "app/render/GridPainter.h"
#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

namespace {

constexpr double kTitleGap = 6.0;
constexpr double kFooterGap = 4.0;

// Lines drawn one under the other from `top`, each as its own text (so each is measured).
double paintLines(GridPainter& gp, double left, double top, double width, const QStringList& lines, const QColor& color,
                  double px, bool bold)
{
    const double lh = Typography::lineHeight(px, bold);
    for (const QString& line : lines) {
        gp.text(QRectF(left, top, width, lh), line, color, px, bold, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        top += lh;
    }
    return top;
}

} // namespace

double PictureChrome::titleHeight(const QString& title, double width)
{
    const qsizetype lines = Typography::wrap(title, Typography::kTitle, true, width, kTitleLines).size();
    return std::max<qsizetype>(lines, 1) * Typography::lineHeight(Typography::kTitle, true) + kTitleGap
           + Typography::lineHeight(Typography::kSubtitle);
}

void PictureChrome::paintTitle(GridPainter& gp, const QRectF& rect, const QString& title, const QString& subtitle)
{
    const QStringList lines = Typography::wrap(title, Typography::kTitle, true, rect.width(), kTitleLines);
    const double top = paintLines(gp, rect.left(), rect.top(), rect.width(), lines, gp.theme().text, Typography::kTitle, true);
    paintLines(gp, rect.left(), top + kTitleGap, rect.width(), Typography::wrap(subtitle, Typography::kSubtitle, false, rect.width(), 1),
               gp.theme().mutedText, Typography::kSubtitle, false);
}

double PictureChrome::footerHeight()
{
    return kFooterLines * Typography::lineHeight(Typography::kBody, true) + kFooterGap + Typography::lineHeight(Typography::kLabel);
}

void PictureChrome::paintFooter(GridPainter& gp, const QRectF& rect, const QString& first, const QString& second, bool inspecting)
{
    const RenderOptions& o = gp.options();
    const QColor emphasis = !inspecting ? o.theme.text : o.inspectionPinned ? o.theme.pinned : o.theme.highlight;
    // A sentence alone may take every line; with a second line it keeps one line for it.
    const int firstLines = second.isEmpty() ? kFooterLines + 1 : kFooterLines;
    const double top = paintLines(gp, rect.left(), rect.top(), rect.width(),
                                  Typography::wrap(first, Typography::kBody, inspecting, rect.width(), firstLines), emphasis,
                                  Typography::kBody, inspecting);
    paintLines(gp, rect.left(), top + kFooterGap, rect.width(), Typography::wrap(second, Typography::kLabel, false, rect.width(), 1),
               o.theme.mutedText, Typography::kLabel, false);
}

double PictureChrome::captionHeight(double px, double gap)
{
    return Typography::lineHeight(px, true) + gap;
}

double PictureChrome::captionWidth(const QString& caption)
{
    return Typography::width(caption, Typography::kHeading, true);
}

void PictureChrome::fitCells(double cell, const std::function<QRectF(double cell)>& place, QSizeF maxSize)
{
    auto fits = [maxSize](const QRectF& bounds) {
        return bounds.width() <= maxSize.width() && bounds.height() <= maxSize.height();
    };
    if (fits(place(cell)))
        return;
    double lo = 0.0, hi = cell;
    for (int i = 0; i < 30; ++i) {
        const double c = (lo + hi) / 2;
        (fits(place(c)) ? lo : hi) = c;
    }
    place(std::max(lo, 0.01));
}

QColor PictureChrome::inkOn(const QColor& fill)
{
    return qGray(fill.rgb()) >= 140 ? Theme::light().text : Theme::dark().text;
}

} // namespace sb
