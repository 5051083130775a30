// SPDX-License-Identifier: MIT
// ImageLayout: where every part of the image view sits, in world coordinates — the title, four
// panels in a row (the photo, the transposed convolution's output, the resize-convolution's, the
// overlap map) at the output's aspect ratio with their captions over them and notes (or the
// overlap's legend) under them, the row of magnified details below, and the footer. Each column is
// max(its panel, its texts); panels start on whole pixels, as their images are sampled pixel by
// pixel. Shared by painting and tests.
#pragma once

#include "core/Size2.h"

#include <QRect>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>

namespace sb {

class ImageLayout {
public:
    // What the layout measures: each panel's caption and note, the details' caption, the
    // overlap's legend size and the title.
    struct Texts {
        std::array<QString, 4> captions, notes;
        QString detailCaption, title;
        QSizeF legend;
    };

    ImageLayout() = default;
    // `output`: the output's size (the panels' aspect ratio); `region`: the magnified output pixels.
    ImageLayout(Size2 output, const QRect& region, const Texts& texts);

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF panelRect(int panel) const { return panels_[panel]; }
    QRectF detailRect(int panel) const { return details_[panel]; }
    QRectF legendRect() const { return legend_; }
    // A note's line under its panel.
    double noteHeight() const { return noteHeight_; }

private:
    static constexpr double kPanel = 330.0;  // the long side of a panel
    static constexpr double kPanelGap = 44.0;

    std::array<QRectF, 4> panels_, details_;
    QRectF bounds_, title_, footer_, legend_;
    double noteHeight_ = 0;
};

}  // namespace sb
