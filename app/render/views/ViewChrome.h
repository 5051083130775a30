// ViewChrome: the frame the teaching views share with the scatter view (SceneRenderer): the title
// line with the module call, a muted subtitle, and the footer sentence, at the same sizes and
// places, so switching views keeps the frame still and only the picture changes.
#pragma once

#include "app/render/GridPainter.h"
#include "core/LayerGeometry.h"

#include <QRectF>
#include <QString>

namespace sb {

class ViewChrome {
public:
    // An argument as PyTorch takes it: "3" when both axes agree, "(3, 5)" otherwise.
    static QString pairText(Size2 size);
    // The module call, written like seed 000's cells: "ConvTranspose2d(3, 16, kernel_size=3,
    // stride=2, padding=1, bias=False)"; arguments at their defaults are left out.
    static QString moduleCall(const LayerGeometry& geometry, bool hasBias);

    // The title rect of a view of the given width (SceneLayout's margins and title height).
    static QRectF titleRect(double width);
    // The footer rect below content that ends at contentBottom.
    static QRectF footerRect(double width, double contentBottom);
    // The bounds of a view whose footer is `footer`.
    static QRectF boundsFor(double width, const QRectF& footer);

    // Background (unless transparent), the title in bold and the subtitle under it in muted text.
    static void paintTitle(GridPainter& painter, const QRectF& bounds, const QRectF& titleRect, const QString& title,
                           const QString& subtitle);
    // The footer sentence: the step's narration, or RenderOptions::caption when the caller sets one.
    static void paintFooter(GridPainter& painter, const QRectF& footerRect, const QString& sentence);
};

} // namespace sb
