#include "app/render/views/NoticePicture.h"

#include "app/render/views/PictureChrome.h"

#include <QPainter>

namespace sb {

NoticePicture::NoticePicture(ViewId view, QString title, QString notice)
    : view_(view), title_(std::move(title)), notice_(std::move(notice))
{
}

void NoticePicture::paint(QPainter& painter, double, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds());
    GridPainter gp(painter, options);
    PictureChrome::paintTitle(gp, QRectF(20, 16, kWidth - 40, 60), title_, QStringLiteral("%1 view").arg(sb::viewName(view_)));
    gp.text(QRectF(20, 96, kWidth - 40, kHeight - 110), notice_, options.theme.text, 14, false,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    painter.restore();
}

} // namespace sb
