// SPDX-License-Identifier: MIT
// SizePairEditor: one (height, width) argument of ConvTranspose2d — kernel_size, stride, padding,
// output_padding, dilation or the input size — as two spin boxes and a link toggle; linked, a
// change of either axis sets both, which is what PyTorch's single-int form of the argument means.
#pragma once

#include "core/Size2.h"

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace sb {

class SizePairEditor : public QWidget {
    Q_OBJECT
public:
    // name: the argument's name; the spin boxes are called name + ".h" / ".w" and the toggle
    // name + ".link", so tests and tab order can find them.
    SizePairEditor(const QString& name, int minimum, int maximum, QWidget* parent = nullptr);

    Size2 value() const;
    // Shows value without emitting edited(); unlinks when the axes differ, as they cannot be linked.
    void setValue(Size2 value);

    bool isLinked() const;
    void setLinked(bool linked);  // without emitting edited()

    // One axis (ConvTranspose1d): only the width box shows, unlinked, and the hidden height keeps
    // the value last set, so edited() still carries a whole Size2.
    void setSingleAxis(bool single);
    bool isSingleAxis() const { return single_; }

    void setToolTips(const QString& height, const QString& width);
    // height, link, width: the keyboard order within the pair, for the panel's tab chain.
    QList<QWidget*> focusChain() const;

signals:
    // The user changed an axis (both, when linked) or linked two different axes.
    void edited(sb::Size2 value);
    void editingFinished();

private:
    void heightEdited(int height);
    void widthEdited(int width);
    void linkToggled(bool linked);
    void showValue(QSpinBox* box, std::int64_t value);

    QSpinBox* height_;
    QSpinBox* width_;
    QToolButton* link_;
    int minimum_;
    int maximum_;
    bool single_ = false;
};

} // namespace sb
