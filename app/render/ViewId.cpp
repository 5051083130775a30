// SPDX-License-Identifier: MIT
#include "app/render/ViewId.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct ViewNameRow {
    ViewId view;
    const char* name;
};

// The names are the command line's (a contract, never translated there); QT_TRANSLATE_NOOP marks
// them for viewTitle, which shows them on tabs and in titles.
constexpr ViewNameRow kNames[] = {
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Scatter, QT_TRANSLATE_NOOP("ViewId", "scatter")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Output, QT_TRANSLATE_NOOP("ViewId", "output")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Overlap, QT_TRANSLATE_NOOP("ViewId", "overlap")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Shape, QT_TRANSLATE_NOOP("ViewId", "shape")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Channels, QT_TRANSLATE_NOOP("ViewId", "channels")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Strip, QT_TRANSLATE_NOOP("ViewId", "strip")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Equivalent, QT_TRANSLATE_NOOP("ViewId", "equivalent")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::SideBySide, QT_TRANSLATE_NOOP("ViewId", "side-by-side")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Matrix, QT_TRANSLATE_NOOP("ViewId", "matrix")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Compare, QT_TRANSLATE_NOOP("ViewId", "compare")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Stack, QT_TRANSLATE_NOOP("ViewId", "stack")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::ResizeConv, QT_TRANSLATE_NOOP("ViewId", "resize-conv")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Image, QT_TRANSLATE_NOOP("ViewId", "image")},
    //: View names shown on the window's tabs and in picture titles ("%1 view"); keep them short
    {ViewId::Adjoint, QT_TRANSLATE_NOOP("ViewId", "adjoint")},
};

} // namespace

const std::vector<ViewId>& allViews()
{
    static const std::vector<ViewId> views = [] {
        std::vector<ViewId> v;
        for (const ViewNameRow& row : kNames)
            v.push_back(row.view);
        return v;
    }();
    return views;
}

QString viewName(ViewId view)
{
    for (const ViewNameRow& row : kNames)
        if (row.view == view)
            return QString::fromLatin1(row.name);
    return {};
}

std::optional<ViewId> viewFromName(const QString& name)
{
    for (const ViewNameRow& row : kNames)
        if (name == QLatin1String(row.name))
            return row.view;
    return std::nullopt;
}

QString viewTitle(ViewId view)
{
    for (const ViewNameRow& row : kNames)
        if (row.view == view)
            return QCoreApplication::translate("ViewId", row.name);
    return {};
}

QStringList viewNames()
{
    QStringList names;
    for (const ViewNameRow& row : kNames)
        names.append(QString::fromLatin1(row.name));
    return names;
}

} // namespace sb
