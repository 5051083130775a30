// SPDX-License-Identifier: MIT
#include "app/render/views/AdjointLayout.h"

#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

namespace sb {

AdjointLayout::AdjointLayout(const QString& title, const std::vector<Paragraph>& paragraphs)
{
    const double m = PictureChrome::kMargin, measure = kWidth - 2 * m;
    title_ = QRectF(m, m, measure, PictureChrome::titleHeight(title, measure));
    double cursor = title_.bottom() + 20;
    for (const Paragraph& p : paragraphs) {
        const bool heading = p.px == Typography::kHeading;
        if (heading)
            cursor += 14;  // a section starts with air above its heading
        const double line = Typography::lineHeight(p.px, p.bold);
        for (const QString& l : Typography::wrap(p.text, p.px, p.bold, measure)) {
            lines_.push_back({l, p.px, p.bold, p.muted, QRectF(m, cursor, measure, line)});
            cursor += line;
        }
        cursor += heading ? 4 : 6;
    }
    cursor += PictureChrome::footerHeight();
    bounds_ = QRectF(0, 0, kWidth, cursor + m);
}

QRectF AdjointLayout::footerRect() const
{
    const double m = PictureChrome::kMargin;
    return QRectF(m, bounds_.height() - m - PictureChrome::footerHeight(), kWidth - 2 * m,
                  PictureChrome::footerHeight());
}

}  // namespace sb
