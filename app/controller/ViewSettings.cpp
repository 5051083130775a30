// SPDX-License-Identifier: MIT
#include "app/controller/ViewSettings.h"

#include <QAction>

namespace sb {

ViewSettings::ViewSettings(QObject* parent) : QObject(parent)
{
    auto checkable = [this](const QString& text, Qt::Key key, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setShortcut(QKeySequence(key));
        a->setStatusTip(tip);
        a->setToolTip(tip);
        a->setCheckable(true);
        return a;
    };
    heatmap_ = checkable(tr("&Overlap Heat-map"), Qt::Key_H,
                         tr("Colour the output by how many contributions land on each cell: the checkerboard"));
    colorBlind_ =
        checkable(tr("&Colour-blind-safe Palette"), Qt::Key_C, tr("Okabe–Ito colours for the input elements"));
    dark_ = checkable(tr("&Dark Theme"), Qt::Key_D, QString());
    connect(heatmap_, &QAction::triggered, this, &ViewSettings::setOverlapHeatmap);
    connect(colorBlind_, &QAction::triggered, this, &ViewSettings::setColorBlindPalette);
    connect(dark_, &QAction::triggered, this,
            [this](bool on) { setTheme(on ? QStringLiteral("dark") : QStringLiteral("light")); });
}

void ViewSettings::setOverlapHeatmap(bool on)
{
    heatmap_->setChecked(on);
    if (options_.overlapHeatmap == on)
        return;
    options_.overlapHeatmap = on;
    emit styleChanged();
}

void ViewSettings::setColorBlindPalette(bool on)
{
    colorBlind_->setChecked(on);
    const ElementPalette::Kind kind = on ? ElementPalette::Kind::ColorBlindSafe : ElementPalette::Kind::Vivid;
    if (options_.palette.kind() == kind)
        return;
    options_.palette = ElementPalette(kind);
    emit styleChanged();
}

void ViewSettings::setTheme(const QString& name)
{
    const Theme theme = Theme::byName(name);
    dark_->setChecked(theme.name == QLatin1String("dark"));
    if (options_.theme.name == theme.name)
        return;
    options_.theme = theme;
    emit styleChanged();
}

void ViewSettings::setPinned(const Inspection& inspection)
{
    options_.inspection = inspection;
    options_.inspectionPinned = !inspection.isEmpty();
}

}  // namespace sb
