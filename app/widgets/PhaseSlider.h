// SPDX-License-Identifier: MIT
// PhaseSlider: the scrub bar of the timeline, with the phases (scatter, crop, output_padding,
// bias, done) labelled under it so a teacher can jump straight to one.
#pragma once

#include <QSlider>
#include <QVector>

namespace sb {

class PhaseSlider : public QSlider {
    Q_OBJECT
public:
    struct Mark {
        int value = 0;
        QString label;
    };

    explicit PhaseSlider(QWidget* parent = nullptr);
    void setMarks(QVector<Mark> marks);
    const QVector<Mark>& marks() const { return marks_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<Mark> marks_;
};

} // namespace sb
