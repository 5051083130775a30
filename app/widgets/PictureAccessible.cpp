// SPDX-License-Identifier: MIT
#include "app/widgets/PictureAccessible.h"

#include "app/widgets/ScatterView.h"

namespace sb {

namespace {

QAccessibleInterface* pictureFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("sb::ScatterView"))
        if (auto* view = qobject_cast<ScatterView*>(object))
            return new PictureAccessible(view);
    return nullptr;
}

} // namespace

PictureAccessible::PictureAccessible(ScatterView* view) : QAccessibleWidget(view, QAccessible::Graphic) {}

ScatterView* PictureAccessible::view() const
{
    return static_cast<ScatterView*>(widget());
}

QString PictureAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return view()->accessibleName();
    case QAccessible::Description:
        return view()->narrationText();
    case QAccessible::Value:
        return view()->inspectionText();
    case QAccessible::Help:
        return ScatterView::keyboardHelp() + QLatin1Char(' ') + ScatterView::mouseHelp();
    default:
        return QAccessibleWidget::text(t);
    }
}

void PictureAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(pictureFactory);
}

} // namespace sb
