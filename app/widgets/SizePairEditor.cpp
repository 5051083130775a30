// SPDX-License-Identifier: MIT
// SizePairEditor: the spin boxes' own signals are blocked while the other axis follows, so one
// user action emits exactly one edited().
#include "app/widgets/SizePairEditor.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace sb {

namespace {

// Two chain links, joined when on and apart when off. Painted rather than the "⛓" character,
// which many fonts (DejaVu among them) lack.
QPixmap chainPixmap(bool joined, const QColor& colour)
{
    constexpr int kSize = 16, kScale = 2;  // drawn at twice the size for high-DPI screens
    QPixmap pixmap(kSize * kScale, kSize * kScale);
    pixmap.setDevicePixelRatio(kScale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.6));
    if (joined) {
        painter.drawRoundedRect(QRectF(1.5, 5.5, 8, 5), 2.5, 2.5);
        painter.drawRoundedRect(QRectF(6.5, 5.5, 8, 5), 2.5, 2.5);
    } else {
        painter.drawRoundedRect(QRectF(1, 5.5, 6, 5), 2.5, 2.5);
        painter.drawRoundedRect(QRectF(9, 5.5, 6, 5), 2.5, 2.5);
    }
    return pixmap;
}

QIcon chainIcon(const QColor& colour)
{
    QIcon icon;
    icon.addPixmap(chainPixmap(true, colour), QIcon::Normal, QIcon::On);
    icon.addPixmap(chainPixmap(false, colour), QIcon::Normal, QIcon::Off);
    return icon;
}

QSpinBox* makeAxisBox(const QString& objectName, int minimum, int maximum, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setAccelerated(true);
    return box;
}

} // namespace

SizePairEditor::SizePairEditor(const QString& name, int minimum, int maximum, QWidget* parent)
    : QWidget(parent),
      height_(makeAxisBox(name + QStringLiteral(".h"), minimum, maximum, this)),
      width_(makeAxisBox(name + QStringLiteral(".w"), minimum, maximum, this)),
      link_(new QToolButton(this)),
      minimum_(minimum),
      maximum_(maximum)
{
    setObjectName(name);
    link_->setObjectName(name + QStringLiteral(".link"));
    link_->setIcon(chainIcon(palette().color(QPalette::ButtonText)));
    link_->setText(tr("link"));  // read by screen readers; the icon is what shows
    link_->setCheckable(true);
    link_->setAutoRaise(true);
    link_->setFocusPolicy(Qt::StrongFocus);
    link_->setToolTip(tr("Linked: height and width change together, like passing one int for %1.").arg(name));
    link_->setAccessibleName(tr("link %1 height and width").arg(name));
    height_->setAccessibleName(tr("%1 height").arg(name));
    width_->setAccessibleName(tr("%1 width").arg(name));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(height_, 1);
    layout->addWidget(link_);
    layout->addWidget(width_, 1);

    connect(height_, &QSpinBox::valueChanged, this, &SizePairEditor::heightEdited);
    connect(width_, &QSpinBox::valueChanged, this, &SizePairEditor::widthEdited);
    connect(link_, &QToolButton::toggled, this, &SizePairEditor::linkToggled);
    connect(height_, &QSpinBox::editingFinished, this, &SizePairEditor::editingFinished);
    connect(width_, &QSpinBox::editingFinished, this, &SizePairEditor::editingFinished);
    setTabOrder(height_, link_);
    setTabOrder(link_, width_);
}

Size2 SizePairEditor::value() const
{
    return {height_->value(), width_->value()};
}

void SizePairEditor::showValue(QSpinBox* box, std::int64_t value)
{
    // A file may hold values beyond the usual range; the box widens rather than clamp them, which
    // would change the document the moment the other axis is edited.
    box->setRange(static_cast<int>(std::min<std::int64_t>(minimum_, value)),
                  static_cast<int>(std::max<std::int64_t>(maximum_, value)));
    box->setValue(static_cast<int>(value));
}

void SizePairEditor::setValue(Size2 value)
{
    const QSignalBlocker blockHeight(height_), blockWidth(width_);
    showValue(height_, value.h);
    showValue(width_, value.w);
    if (value.h != value.w)
        setLinked(false);
}

bool SizePairEditor::isLinked() const
{
    return link_->isChecked();
}

void SizePairEditor::setLinked(bool linked)
{
    const QSignalBlocker block(link_);
    link_->setChecked(linked);
}

void SizePairEditor::setSingleAxis(bool single)
{
    single_ = single;
    height_->setVisible(!single);
    link_->setVisible(!single);
    if (single)
        setLinked(false);
}

void SizePairEditor::setToolTips(const QString& height, const QString& width)
{
    height_->setToolTip(height);
    width_->setToolTip(width);
}

QList<QWidget*> SizePairEditor::focusChain() const
{
    return {height_, link_, width_};  // hidden ones are skipped by Qt's tab chain
}

void SizePairEditor::heightEdited(int height)
{
    if (isLinked()) {
        const QSignalBlocker block(width_);
        width_->setValue(height);
    }
    emit edited(value());
}

void SizePairEditor::widthEdited(int width)
{
    if (isLinked()) {
        const QSignalBlocker block(height_);
        height_->setValue(width);
    }
    emit edited(value());
}

void SizePairEditor::linkToggled(bool linked)
{
    // Linking two different axes makes the width follow the height, the axis read first.
    if (linked && width_->value() != height_->value()) {
        const QSignalBlocker block(width_);
        width_->setValue(height_->value());
        emit edited(value());
    }
}

} // namespace sb
