#include "app/render/views/PictureChrome.h"

namespace sb {

void PictureChrome::beginPaint(QPainter& painter, const RenderOptions& options, const QRectF& bounds, bool fillBackground)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (fillBackground && !options.transparentBackground)
        painter.fillRect(bounds, options.theme.background);
}

void PictureChrome::paintTitle(GridPainter& gp, const QRectF& rect, const QString& title, const QString& subtitle)
{
    // Sizes and offsets of SceneRenderer's title, so switching views keeps the title in place.
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    gp.text(rect.adjusted(0, -8, 0, -8), title, gp.theme().text, 16, true, flags);
    gp.text(rect.adjusted(0, 30, 0, 30), subtitle, gp.theme().mutedText, 12, false, flags);
}

void PictureChrome::paintFooter(GridPainter& gp, const QRectF& rect, const QString& first, const QString& second, bool inspecting)
{
    const RenderOptions& o = gp.options();
    const QColor emphasis = !inspecting ? o.theme.text : o.inspectionPinned ? o.theme.pinned : o.theme.highlight;
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    if (second.isEmpty()) {
        // One sentence alone may take both lines rather than run past the picture.
        gp.text(rect, first, emphasis, 15, inspecting, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        return;
    }
    gp.text(QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.55), first, emphasis, 15, inspecting, flags);
    gp.text(QRectF(rect.left(), rect.top() + rect.height() * 0.55, rect.width(), rect.height() * 0.45), second, o.theme.mutedText,
            12, false, flags);
}

QColor PictureChrome::inkOn(const QColor& fill)
{
    return qGray(fill.rgb()) >= 140 ? Theme::light().text : Theme::dark().text;
}

} // namespace sb
