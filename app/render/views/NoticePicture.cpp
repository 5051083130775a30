// SPDX-License-Identifier: MIT
#include "app/render/views/NoticePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
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

// The title and the notice's lines: a still with no footer.
class NoticePicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const NoticePicture& picture, const RenderOptions& options)
        : PicturePainter(p, options, 0.0), pic_(picture)
    {}

    void paint()
    {
        fillBackground(pic_.bounds_);
        PictureChrome::paintTitle(gp_, pic_.titleRect_, pic_.title_,
                                  //: The picture's subtitle: %1 is the view's name ("matrix view")
                                  NoticePictureText::tr("%1 view").arg(sb::viewTitle(pic_.view_)));
        const double m = PictureChrome::kMargin, line = Typography::lineHeight(Typography::kBody);
        double y = pic_.noticeTop_;
        for (const QString& text : pic_.lines_) {
            gp_.text(QRectF(m, y, kWidth - 2 * m, line), text, theme_.text, Typography::kBody, false,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
            y += line;
        }
    }

private:
    const NoticePicture& pic_;
};

void NoticePicture::paint(QPainter& painter, double, const RenderOptions& options) const
{
    Painter(painter, *this, options).paint();
}

} // namespace sb
