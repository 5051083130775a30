// SPDX-License-Identifier: MIT
// NoticePicture: what a view shows instead of itself when the layer is too large for it to mean
// anything (a 4 M × 1 M matrix is not a picture) or to build quickly: the module call, and one
// paragraph saying what was limited and what to do. The user is told, never left with a frozen
// window or a blank canvas.
#pragma once

#include "app/render/Picture.h"

#include <QStringList>

namespace sb {

class NoticePicture : public Picture {
public:
    NoticePicture(ViewId view, QString title, QString notice);

    const QString& notice() const { return notice_; }

    // Picture
    ViewId view() const override { return view_; }
    QRectF bounds() const override { return bounds_; }
    qint64 stepCount() const override { return 1; }
    QString narration(qint64) const override { return notice_; }
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;  // (NoticePicture.cpp)
    static constexpr double kWidth = 900;
    ViewId view_;
    QString title_, notice_;
    QStringList lines_;  // the notice wrapped to the picture's measure
    QRectF bounds_, titleRect_;
    double noticeTop_ = 0;
};

} // namespace sb
