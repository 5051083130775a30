// SceneLayout: where every part of a view sits, in world coordinates (one cell = kCell units).
// It depends only on the layer's geometry, so painting, hit testing and exporting share it, and
// it is tested without a window.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/HitTarget.h"
#include "app/render/ViewId.h"
#include "core/LayerGeometry.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace sb {


// The input elements whose intermediate buffers are on screen: a window of at most
// kMaxBufferSlots × kMaxBufferSlots elements of one input channel, following the active element.
struct BufferWindow {
    qint64 ci = 0, row0 = 0, col0 = 0;
};

class SceneLayout {
public:
    static constexpr double kCell = 40.0;
    static constexpr double kMargin = 28.0;
    static constexpr double kGap = 64.0;
    static constexpr double kCaption = 30.0;
    static constexpr double kTitle = 76.0;
    static constexpr double kFooter = 64.0;
    static constexpr qint64 kMaxBufferSlots = 4;

    SceneLayout() = default;
    SceneLayout(const LayerGeometry& geometry, ViewId view);

    ViewId view() const { return view_; }
    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF formulaRect() const { return formula_; }
    QRectF legendRect() const { return legend_; }
    QRectF buffersRect() const { return buffers_; }

    const GridGeometry& input() const { return input_; }
    const GridGeometry& kernel() const { return kernel_; }
    // The full buffer, extended by the output_padding rows/cols that lie past it.
    const GridGeometry& full() const { return full_; }
    const GridGeometry& output() const { return output_; }

    qint64 slotRows() const { return slotRows_; }
    qint64 slotCols() const { return slotCols_; }
    // Mini full buffer (fullH × fullW) of slot (r, c).
    GridGeometry slot(qint64 r, qint64 c) const;
    BufferWindow windowFor(qint64 ci, qint64 iy, qint64 ix) const;

    HitTarget hitTest(const QPointF& world, const BufferWindow& window) const;

private:
    ViewId view_ = ViewId::Scatter;
    LayerGeometry g_;
    QRectF bounds_, title_, footer_, formula_, legend_, buffers_;
    GridGeometry input_, kernel_, full_, output_;
    qint64 slotRows_ = 0, slotCols_ = 0;
    double slotGap_ = 0.0, mini_ = 0.0;
};

} // namespace sb
