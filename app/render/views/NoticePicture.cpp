// SPDX-License-Identifier: MIT
#include "app/render/views/NoticePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <QCoreApplication>
#include <QPainter>

namespace sb {

namespace {
struct NoticePictureText {
    Q_DECLARE_TR_FUNCTIONS(NoticePicture)
};
} // namespace

NoticePicture::NoticePicture(ViewId view, QString title, QString notice)
    : view_(view), title_(std::move(title)), notice_(std::move(notice))
{
    // Measured: the title wraps (PictureChrome), the paragraph wraps to the same measure, and the
    // picture is as tall as both.
    const double m = PictureChrome::kMargin, measure = kWidth - 2 * m;
    titleRect_ = QRectF(m, m, measure, PictureChrome::titleHeight(title_, measure));
    lines_ = Typography::wrap(notice_, Typography::kBody, false, measure);
    const double paragraph = static_cast<double>(lines_.size()) * Typography::lineHeight(Typography::kBody);
    noticeTop_ = titleRect_.bottom() + 24;
    bounds_ = QRectF(0, 0, kWidth, noticeTop_ + paragraph + m);
}

void NoticePicture::paint(QPainter& painter, double, const RenderOptions& options) const
{
    PictureChrome::beginPaint(painter, options, bounds());
    GridPainter gp(painter, options);
    PictureChrome::paintTitle(gp, titleRect_, title_, 
                              //: The picture's subtitle: %1 is the view's name ("matrix view")
                              NoticePictureText::tr("%1 view").arg(sb::viewTitle(view_)));
    const double m = PictureChrome::kMargin, line = Typography::lineHeight(Typography::kBody);
    double y = noticeTop_;
    for (const QString& text : lines_) {
        gp.text(QRectF(m, y, kWidth - 2 * m, line), text, options.theme.text, Typography::kBody, false,
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        y += line;
    }
    painter.restore();
}

} // namespace sb
