// SPDX-License-Identifier: MIT
#include "app/widgets/PhaseSlider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace sb {

namespace {
constexpr int kLabelHeight = 16;
}

PhaseSlider::PhaseSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setAccessibleName(tr("Step"));
}

void PhaseSlider::setMarks(QVector<Mark> marks)
{
    marks_ = std::move(marks);
    update();
}

QSize PhaseSlider::sizeHint() const
{
    const QSize s = QSlider::sizeHint();
    return {s.width(), s.height() + kLabelHeight};
}

QSize PhaseSlider::minimumSizeHint() const
{
    const QSize s = QSlider::minimumSizeHint();
    return {s.width(), s.height() + kLabelHeight};
}

void PhaseSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (marks_.isEmpty() || maximum() <= minimum())
        return;
    QPainter painter(this);
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter.setFont(f);
    int lastRight = -1000;
    for (const Mark& mark : marks_) {
        const int x = groove.left() + handle.width() / 2
                      + QStyle::sliderPositionFromValue(minimum(), maximum(), mark.value, span);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, groove.bottom() + 1, x, groove.bottom() + 5);
        const int w = painter.fontMetrics().horizontalAdvance(mark.label);
        const int left = std::clamp(x - w / 2, 0, width() - w);
        if (left <= lastRight + 4)
            continue;  // labels that would overlap are left to the tick
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(left, height() - kLabelHeight, w, kLabelHeight), Qt::AlignCenter, mark.label);
        lastRight = left + w;
    }
}

} // namespace sb
