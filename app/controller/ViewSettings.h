// SPDX-License-Identifier: MIT
// ViewSettings: how the window's pictures are drawn, apart from what they show — the theme, the
// input elements' palette, the overlap heat-map, and the cell the user pinned — with the View
// menu's actions that change them, as hotspot's FilterAndZoomStack holds its actions. The window's
// view paints with it and every export from the window reads it, so no exporter asks a widget
// for its style. It knows no widget.
#pragma once

#include "app/render/RenderOptions.h"

#include <QObject>

class QAction;

namespace sb {

class ViewSettings : public QObject {
    Q_OBJECT
public:
    explicit ViewSettings(QObject* parent = nullptr);

    const Theme& theme() const { return options_.theme; }
    const ElementPalette& palette() const { return options_.palette; }
    bool overlapHeatmap() const { return options_.overlapHeatmap; }
    // A pinned cell (a click, the keyboard cell cursor) and what it explains; a hover is not pinned.
    bool isPinned() const { return options_.inspectionPinned; }
    const Inspection& pinned() const { return options_.inspection; }

    // What the window's pictures are drawn with, the pinned cell's inspection included: a pinned
    // cell is part of what the user set up, a hover only where the mouse happened to be.
    const RenderOptions& renderOptions() const { return options_; }

    // View → Overlap Heat-map (H), Colour-blind-safe Palette (C), Dark Theme (D): checkable, in
    // step with the settings whoever changes them.
    QAction* heatmapAction() const { return heatmap_; }
    QAction* colorBlindAction() const { return colorBlind_; }
    QAction* darkThemeAction() const { return dark_; }

public slots:
    void setOverlapHeatmap(bool on);
    void setColorBlindPalette(bool on);
    void setTheme(const QString& name);  // "light" or "dark"
    // Pins `inspection` (its target and what it explains); an empty one releases the pin.
    void setPinned(const sb::Inspection& inspection);

signals:
    // The theme, palette or heat-map changed: pictures are repainted.
    void styleChanged();

private:
    RenderOptions options_;
    QAction* heatmap_;
    QAction* colorBlind_;
    QAction* dark_;
};

}  // namespace sb
