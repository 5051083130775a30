// SPDX-License-Identifier: MIT
// PictureAccessible: what a screen reader is told about the custom-painted picture (ScatterView).
// Its name is the widget's accessible name; its description the caption of the step shown (the
// narration under the picture); its value the inspected cell's sum — hovered, pinned or under the
// keyboard cell cursor — so moving the cursor reads each sum aloud. ScatterView posts the
// DescriptionChanged and ValueChanged events when they change.
#pragma once

#include <QAccessibleWidget>

namespace sb {

class ScatterView;

class PictureAccessible : public QAccessibleWidget {
public:
    explicit PictureAccessible(ScatterView* view);

    QString text(QAccessible::Text t) const override;

    // Registers the factory that gives every ScatterView this interface (once per process).
    static void install();

private:
    ScatterView* view() const;
};

} // namespace sb
