// SPDX-License-Identifier: MIT
#include "app/render/ViewId.h"

#include <algorithm>

namespace sb {

namespace {

struct ViewNameRow {
    ViewId view;
    const char* name;
};

constexpr ViewNameRow kNames[] = {
    {ViewId::Scatter, "scatter"},       {ViewId::Output, "output"},         {ViewId::Overlap, "overlap"},
    {ViewId::Shape, "shape"},           {ViewId::Channels, "channels"},     {ViewId::Strip, "strip"},
    {ViewId::Equivalent, "equivalent"}, {ViewId::SideBySide, "side-by-side"}, {ViewId::Matrix, "matrix"},
    {ViewId::Compare, "compare"},       {ViewId::Stack, "stack"},           {ViewId::ResizeConv, "resize-conv"},
    {ViewId::Image, "image"},
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

QStringList viewNames()
{
    QStringList names;
    for (const ViewNameRow& row : kNames)
        names.append(QString::fromLatin1(row.name));
    return names;
}

} // namespace sb
