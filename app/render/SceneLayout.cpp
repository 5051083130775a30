#include "app/render/SceneLayout.h"

#include <algorithm>

namespace sb {

SceneLayout::SceneLayout(const LayerGeometry& g, ViewId view) : view_(view), g_(g)
{
    const double c = kCell;
    const Size2 full = g.full();
    // Output rows past the full buffer exist when output_padding exceeds padding: p + H_out > fullH.
    const qint64 fullRows = std::max(full.h, g.padding.h + g.output.h);
    const qint64 fullCols = std::max(full.w, g.padding.w + g.output.w);
    const double top = kMargin + kTitle;

    if (view != ViewId::Scatter) {
        output_ = {QPointF(kMargin, top + kCaption), g.output.h, g.output.w, c};
        const QRectF out = output_.rect();
        double right = out.right();
        if (view == ViewId::Overlap) {
            legend_ = QRectF(out.right() + kGap * 0.5, out.top(), 150, std::max(120.0, std::min(out.height(), 260.0)));
            right = legend_.right();
        }
        // Wide enough for the title and the footer sentence, which are longer than a small grid.
        const double width = std::max(right + kMargin, 980.0);
        title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, kTitle - 8);
        footer_ = QRectF(kMargin, std::max(out.bottom(), legend_.bottom()) + 16, width - 2 * kMargin, kFooter * 0.6);
        bounds_ = QRectF(0, 0, width, footer_.bottom() + kMargin);
        return;
    }

    // Row 1: input, kernel, formula.
    input_ = {QPointF(kMargin, top + kCaption), g.input.h, g.input.w, c};
    kernel_ = {QPointF(input_.rect().right() + kGap, top + kCaption), g.kernel.h, g.kernel.w, c};
    const double row1Bottom = std::max(input_.rect().bottom(), kernel_.rect().bottom());

    // Row 2: intermediate buffers, the full buffer, the output.
    const double row2 = row1Bottom + kGap * 0.75 + kCaption;
    slotRows_ = std::min<qint64>(g.input.h, kMaxBufferSlots);
    slotCols_ = std::min<qint64>(g.input.w, kMaxBufferSlots);
    const double fullHeight = fullRows * c;
    slotGap_ = 12.0;
    // Mini cells sized so the buffers stand a little taller than the full buffer beside them:
    // large enough to read their colours, and their values once zoomed in.
    mini_ = (fullHeight * 1.3 - (slotRows_ - 1) * slotGap_) / static_cast<double>(std::max<qint64>(1, slotRows_ * full.h));
    mini_ = std::clamp(mini_, 4.0, c * 0.75);
    buffers_ = QRectF(kMargin, row2, slotCols_ * full.w * mini_ + (slotCols_ - 1) * slotGap_,
                      slotRows_ * full.h * mini_ + (slotRows_ - 1) * slotGap_);
    full_ = {QPointF(buffers_.right() + kGap * 1.2, row2), fullRows, fullCols, c};
    output_ = {QPointF(full_.rect().right() + kGap * 1.2, row2 + g.padding.h * c), g.output.h, g.output.w, c};

    const double contentRight = std::max(output_.rect().right(), kernel_.rect().right() + 420.0);
    formula_ = QRectF(kernel_.rect().right() + kGap, top, contentRight - kernel_.rect().right() - kGap,
                      std::max(row1Bottom - top, 150.0));
    const double bottom = std::max({buffers_.bottom(), full_.rect().bottom(), output_.rect().bottom(), formula_.bottom()});
    legend_ = QRectF(output_.rect().left(), output_.rect().bottom() + 40, 150, 20);
    title_ = QRectF(kMargin, kMargin, contentRight - kMargin, kTitle - 8);
    footer_ = QRectF(kMargin, bottom + 24, contentRight - kMargin, kFooter);
    bounds_ = QRectF(0, 0, contentRight + kMargin, footer_.bottom() + kMargin);
}

GridGeometry SceneLayout::slot(qint64 r, qint64 c) const
{
    const Size2 full = g_.full();
    return {QPointF(buffers_.left() + c * (full.w * mini_ + slotGap_), buffers_.top() + r * (full.h * mini_ + slotGap_)),
            full.h, full.w, mini_};
}

BufferWindow SceneLayout::windowFor(qint64 ci, qint64 iy, qint64 ix) const
{
    BufferWindow w;
    w.ci = std::max<qint64>(ci, 0);
    // Centre the window on the active element, clamped to the input.
    w.row0 = std::clamp<qint64>(iy - slotRows_ / 2, 0, std::max<qint64>(0, g_.input.h - slotRows_));
    w.col0 = std::clamp<qint64>(ix - slotCols_ / 2, 0, std::max<qint64>(0, g_.input.w - slotCols_));
    return w;
}

HitTarget SceneLayout::hitTest(const QPointF& p, const BufferWindow& window) const
{
    HitTarget hit;
    qint64 r = 0, c = 0;
    if (output_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Output;
        hit.oy = r;
        hit.ox = c;
        hit.y = r + g_.padding.h;
        hit.x = c + g_.padding.w;
        return hit;
    }
    if (view_ != ViewId::Scatter)
        return hit;
    if (input_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Input;
        hit.ci = window.ci;
        hit.iy = r;
        hit.ix = c;
        return hit;
    }
    if (kernel_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = r;
        hit.kx = c;
        return hit;
    }
    if (full_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Full;
        hit.y = r;
        hit.x = c;
        hit.oy = r - g_.padding.h;
        hit.ox = c - g_.padding.w;
        return hit;
    }
    for (qint64 sr = 0; sr < slotRows_; ++sr)
        for (qint64 sc = 0; sc < slotCols_; ++sc)
            if (slot(sr, sc).cellAt(p, r, c)) {
                hit.kind = HitTarget::Kind::Buffer;
                hit.ci = window.ci;
                hit.iy = window.row0 + sr;
                hit.ix = window.col0 + sc;
                hit.y = r;
                hit.x = c;
                return hit;
            }
    return hit;
}

} // namespace sb
