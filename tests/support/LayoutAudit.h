// SPDX-License-Identifier: MIT
// LayoutAudit: what the layout test checks on one painted picture, from the TextLog its painting
// wrote: the picture is at most 4000 px a side at scale 1, every text box lies inside it, no
// text is under 12 px, and no two text boxes overlap. Each problem is a sentence naming the text.
#pragma once

#include "app/render/Picture.h"
#include "app/render/TextLog.h"
#include "app/render/Typography.h"
#include "MeasuringDevice.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sbtest {

constexpr double kMaxPictureSide = 4000.0;

struct AuditCounts {
    qint64 pictures = 0;
    qint64 texts = 0;
};

// Paints picture at position at scale 1 and returns its texts as drawn.
inline sb::TextLog paintedTexts(const sb::Picture& picture, double position, sb::RenderOptions options)
{
    sb::TextLog log;
    options.textLog = &log;
    const QRectF b = picture.bounds();
    MeasuringDevice device(std::max(1, static_cast<int>(std::ceil(b.width()))), std::max(1, static_cast<int>(std::ceil(b.height()))));
    QPainter painter(&device);
    painter.translate(-b.topLeft());
    picture.paintAsShown(painter, position, options);
    painter.end();
    return log;
}

inline QString quoted(const sb::DrawnText& t)
{
    QString text = t.text;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("\"%1\" at (%2, %3, %4×%5)")
        .arg(text)
        .arg(t.box.x(), 0, 'f', 0)
        .arg(t.box.y(), 0, 'f', 0)
        .arg(t.box.width(), 0, 'f', 0)
        .arg(t.box.height(), 0, 'f', 0);
}

// Problems of one painting; `where` names the picture in each sentence.
inline QStringList auditTexts(const sb::TextLog& log, const QRectF& bounds, const QString& where)
{
    QStringList problems;
    const double tolerance = 0.75;  // sub-pixel rounding of metrics
    const QRectF picture(0, 0, bounds.width(), bounds.height());
    if (bounds.width() > kMaxPictureSide || bounds.height() > kMaxPictureSide)
        problems << QStringLiteral("%1: picture %2×%3 px is over %4 px a side")
                        .arg(where)
                        .arg(bounds.width(), 0, 'f', 0)
                        .arg(bounds.height(), 0, 'f', 0)
                        .arg(kMaxPictureSide);
    const std::vector<sb::DrawnText>& texts = log.texts();
    for (const sb::DrawnText& t : texts) {
        if (t.pixels < sb::Typography::kMinimum - 1e-6)
            problems << QStringLiteral("%1: %2 is %3 px").arg(where, quoted(t)).arg(t.pixels, 0, 'f', 1);
        if (!picture.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(t.box))
            problems << QStringLiteral("%1: %2 leaves the picture (%3×%4)")
                            .arg(where, quoted(t))
                            .arg(bounds.width(), 0, 'f', 0)
                            .arg(bounds.height(), 0, 'f', 0);
    }
    // Overlaps: a sweep along x keeps it near linear for grids of thousands of numbers.
    std::vector<std::size_t> order(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return texts[a].box.left() < texts[b].box.left(); });
    for (std::size_t a = 0; a < order.size(); ++a) {
        const QRectF& ra = texts[order[a]].box;
        for (std::size_t b = a + 1; b < order.size(); ++b) {
            const QRectF& rb = texts[order[b]].box;
            if (rb.left() >= ra.right() - tolerance)
                break;
            const QRectF both = ra.intersected(rb);
            if (both.width() > tolerance && both.height() > tolerance)
                problems << QStringLiteral("%1: %2 overlaps %3").arg(where, quoted(texts[order[a]]), quoted(texts[order[b]]));
        }
    }
    return problems;
}

} // namespace sbtest
