// SPDX-License-Identifier: MIT
// SideBySideLayout: where the two halves of the side-by-side view sit, in world coordinates — the
// scatter at the origin, the equivalent direct convolution beside it (or under it, stacked, when
// both do not fit the room side by side), a rule between them, and the comparison line under both,
// wrapped to the picture's measure. The halves lay themselves out; this places them. Shared by
// painting and hit testing.
#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <functional>

namespace sb {

class SideBySideLayout {
public:
    static constexpr double kPanelGap = 48.0;

    SideBySideLayout() = default;
    // The halves' own bounds, whether the equivalent half sits under the scatter, and the
    // comparison line's height at a measure.
    SideBySideLayout(const QRectF& scatter, const QRectF& equivalent, bool stacked,
                     const std::function<double(double measure)>& comparisonHeight);

    QRectF bounds() const { return bounds_; }
    bool stacked() const { return stacked_; }
    QPointF scatterOffset() const { return {0.0, 0.0}; }
    QPointF equivalentOffset() const { return equivalentOffset_; }
    QRectF comparisonRect() const { return comparison_; }
    // The rule between the halves: across under the scatter when stacked, else down between them.
    QLineF rule() const;
    // Whether a world point falls to the equivalent half's side.
    bool inEquivalentHalf(const QPointF& world) const { return world.x() >= equivalentOffset_.x(); }

private:
    bool stacked_ = false;
    QPointF equivalentOffset_;
    QRectF bounds_, comparison_;
};

}  // namespace sb
