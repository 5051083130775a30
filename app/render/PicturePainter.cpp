// SPDX-License-Identifier: MIT
#include "app/render/PicturePainter.h"

#include "app/render/Picture.h"
#include "app/render/PictureChrome.h"

#include <QPainter>

namespace sb {

PicturePainter::PicturePainter(QPainter& painter, const RenderOptions& options, double position, Edges edges)
    : p_(painter), gp_(painter, options), o_(options), theme_(options.theme), position_(position)
{
    p_.save();
    if (edges != Edges::AsGiven) {
        p_.setRenderHint(QPainter::Antialiasing, edges == Edges::Smooth);
        p_.setRenderHint(QPainter::TextAntialiasing, true);
    }
}

PicturePainter::~PicturePainter()
{
    p_.restore();
}

void PicturePainter::fillBackground(const QRectF& bounds)
{
    if (!o_.transparentBackground)
        p_.fillRect(bounds, theme_.background);
}

QColor PicturePainter::inspectColor() const
{
    return o_.inspectionPinned ? theme_.pinned : theme_.highlight;
}

void PicturePainter::paintNarration(const Picture& picture, const QRectF& footer)
{
    const QString sentence = o_.caption.isEmpty() ? picture.narration(picture.stepAt(position_)) : o_.caption;
    PictureChrome::paintFooter(gp_, footer, sentence, QString(), false);
}

}  // namespace sb
