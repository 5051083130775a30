// SPDX-License-Identifier: MIT
#include "app/render/views/ImageLayout.h"

#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <algorithm>
#include <cmath>

namespace sb {

ImageLayout::ImageLayout(Size2 output, const QRect& region, const Texts& texts)
{
    const double aspect = static_cast<double>(output.h) / static_cast<double>(std::max<std::int64_t>(output.w, 1));
    const QSizeF box = aspect <= 1 ? QSizeF(kPanel, kPanel * aspect) : QSizeF(kPanel / aspect, kPanel);
    const double detailAspect = static_cast<double>(region.height()) / std::max(region.width(), 1);
    const QSizeF detailBox = detailAspect <= 1 ? QSizeF(kPanel * 0.8, kPanel * 0.8 * detailAspect)
                                               : QSizeF(kPanel * 0.8 / detailAspect, kPanel * 0.8);
    const double m = PictureChrome::kMargin, cap = PictureChrome::captionHeight(Typography::kLabel);
    // Each column: max(its panel, caption, note; the overlap's legend).
    std::array<double, 4> left{};
    double x = m;
    for (int p = 0; p < 4; ++p) {
        double column = std::max({box.width(), Typography::width(texts.captions[p], Typography::kLabel, true),
                                  Typography::width(texts.notes[p], Typography::kSmall)});
        if (p == 3)  // the overlap map's column holds its legend
            column = std::max(column, texts.legend.width());
        left[p] = x;
        x += column + kPanelGap;
    }
    const double width = std::max({x - kPanelGap + m, PictureChrome::kMinWidth + 2 * m,
                                   2 * m + Typography::width(texts.detailCaption, Typography::kLabel, true)});
    title_ = QRectF(m, m, width - 2 * m, PictureChrome::titleHeight(texts.title, width - 2 * m));
    // Whole pixels: a panel's image is sampled pixel by pixel.
    const double top = std::ceil(title_.bottom() + 18 + cap);
    const double below = top + box.height() + 4;
    noteHeight_ = Typography::lineHeight(Typography::kSmall);
    const double detailTop = std::ceil(below + std::max(noteHeight_, texts.legend.height() + 4) + 28 + cap);
    for (int p = 0; p < 4; ++p) {
        panels_[p] = QRectF(QPointF(left[p], top), box);
        details_[p] = QRectF(QPointF(left[p], detailTop), detailBox);
    }
    legend_ = QRectF(QPointF(panels_[3].left(), below + 4), texts.legend);
    footer_ = QRectF(m, details_[0].bottom() + 24, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
}

}  // namespace sb
