// SPDX-License-Identifier: MIT
#include "app/render/Typography.h"

#include "app/i18n/Translations.h"

#include <QHash>
#include <QTextLayout>

#include <cmath>
#include <mutex>

namespace sb {

namespace {

int key(double px, bool bold)
{
    return static_cast<int>(std::lround(px * 4)) * 2 + (bold ? 1 : 0);
}

} // namespace

const QString& Typography::family()
{
    static const QString name = QStringLiteral("DejaVu Sans");
    return name;
}

QFont Typography::font(double px, bool bold)
{
    QFont f(family());
    // Pixel sizes are in the painter's coordinates whatever the device's resolution (a PDF's 1200
    // dpi, an SVG's 72), so a picture's text is the same size in world units on every device.
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    f.setKerning(true);
    return f;
}

const QFontMetricsF& Typography::metrics(double px, bool bold)
{
    // Pictures are laid out on the GUI thread and on workers (large views, exports).
    static std::mutex mutex;
    // Never destroyed, like the metrics it holds: a static QHash would be destroyed at exit and
    // leave its metrics unreachable, which LeakSanitizer reports.
    static auto* cache = new QHash<int, QFontMetricsF*>();
    const std::lock_guard<std::mutex> lock(mutex);
    const int k = key(px, bold);
    auto it = cache->find(k);
    if (it == cache->end())
        it = cache->insert(k, new QFontMetricsF(font(px, bold)));  // lives as long as the program
    return *it.value();
}

double Typography::width(const QString& text, double px, bool bold)
{
    return metrics(px, bold).horizontalAdvance(text);
}

double Typography::lineHeight(double px, bool bold)
{
    // Chinese and Korean are drawn in Qt's fallback for those scripts, Noto Sans CJK, whose ascent
    // and descent are larger than DejaVu's: such a line is about a quarter taller. Lines are spaced
    // for it whenever the program speaks one of those languages (English pictures are unchanged).
    const double latin = metrics(px, bold).height();
    const QString language = translations::current();
    if (language != QLatin1String("zh_CN") && language != QLatin1String("ko"))
        return latin;
    static std::mutex mutex;
    static auto* cache = new QHash<int, double>();  // never destroyed, as metrics()'s cache
    const std::lock_guard<std::mutex> lock(mutex);
    const int k = key(px, bold);
    auto it = cache->find(k);
    if (it == cache->end()) {
        QFont wide = font(px, bold);
        wide.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK KR")});
        it = cache->insert(k, QFontMetricsF(wide).height());
    }
    return std::max(latin, it.value());
}

double Typography::numberHeight(double px, bool bold)
{
    return metrics(px, bold).height();
}

double Typography::wrappedHeight(const QString& text, double px, bool bold, double maxWidth)
{
    if (text.isEmpty())
        return 0.0;
    return metrics(px, bold).boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text).height();
}

QStringList Typography::wrap(const QString& text, double px, bool bold, double maxWidth)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font(px, bold));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines;
}

QStringList Typography::wrap(const QString& text, double px, bool bold, double maxWidth, int maxLines)
{
    QStringList lines = wrap(text, px, bold, maxWidth);
    if (lines.size() <= maxLines)
        return lines;
    // The rest of the text is cut at the last line, which says so with an ellipsis.
    const QStringList rest = lines.mid(maxLines - 1);
    lines = lines.mid(0, maxLines - 1);
    lines << metrics(px, bold).elidedText(rest.join(QLatin1Char(' ')) + QStringLiteral(" …"), Qt::ElideRight, maxWidth);
    return lines;
}

double Typography::widestLine(const QStringList& lines, double px, bool bold)
{
    double widest = 0.0;
    for (const QString& line : lines)
        widest = std::max(widest, width(line, px, bold));
    return widest;
}

} // namespace sb
