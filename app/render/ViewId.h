// SPDX-License-Identifier: MIT
// ViewId: what a view is, as a type. Every view of the program has one id; its command-line name
// ("side-by-side") is a trait looked up here, at the boundary (command line, settings), and no code
// compares names or tab texts to know which view it holds.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sb {

enum class ViewId { Scatter, Output, Overlap, Shape, Channels, Strip, Equivalent, SideBySide, Matrix, Compare, Stack, ResizeConv, Image, Adjoint };

// In the order the window's tabs and `--help` list them; the first is the default.
const std::vector<ViewId>& allViews();
// The name the command line takes (`--view resize-conv`); these names are a contract.
QString viewName(ViewId view);
std::optional<ViewId> viewFromName(const QString& name);
QStringList viewNames();
// The name the window's tab shows and pictures print ("%1 view"), in the user's language; in
// English it is viewName's text.
QString viewTitle(ViewId view);

} // namespace sb
