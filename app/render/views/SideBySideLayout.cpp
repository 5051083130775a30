// SPDX-License-Identifier: MIT
#include "app/render/views/SideBySideLayout.h"

#include "app/render/PictureChrome.h"

#include <algorithm>

namespace sb {

SideBySideLayout::SideBySideLayout(const QRectF& scatter, const QRectF& equivalent, bool stacked,
                                   const std::function<double(double measure)>& comparisonHeight)
    : stacked_(stacked)
{
    equivalentOffset_ =
        stacked_ ? QPointF(0.0, scatter.bottom() + kPanelGap) : QPointF(scatter.right() + kPanelGap, 0.0);
    const QRectF placed = equivalent.translated(equivalentOffset_);
    const double width = std::max(scatter.right(), placed.right());
    const double bottom = std::max(scatter.bottom(), placed.bottom());
    const double measure = width - 2 * PictureChrome::kMargin;
    comparison_ = QRectF(PictureChrome::kMargin, bottom, measure, comparisonHeight(measure));
    bounds_ = QRectF(0, 0, width, comparison_.bottom() + PictureChrome::kMargin);
}

QLineF SideBySideLayout::rule() const
{
    if (stacked_) {
        const double y = equivalentOffset_.y() - kPanelGap / 2;
        return QLineF(QPointF(PictureChrome::kMargin, y), QPointF(bounds_.right() - PictureChrome::kMargin, y));
    }
    const double x = equivalentOffset_.x() - kPanelGap / 2;
    return QLineF(QPointF(x, PictureChrome::kMargin), QPointF(x, comparison_.top() - 8));
}

}  // namespace sb
