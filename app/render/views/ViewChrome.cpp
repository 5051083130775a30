#include "app/render/views/ViewChrome.h"

#include "app/render/SceneLayout.h"

namespace sb {

QString ViewChrome::pairText(Size2 s)
{
    return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w);
}

QString ViewChrome::moduleCall(const LayerGeometry& g, bool hasBias)
{
    QString call = QStringLiteral("ConvTranspose2d(%1, %2, kernel_size=%3, stride=%4")
                       .arg(g.in_channels)
                       .arg(g.out_channels)
                       .arg(pairText(g.kernel), pairText(g.stride));
    if (g.padding != Size2(0))
        call += QStringLiteral(", padding=") + pairText(g.padding);
    if (g.output_padding != Size2(0))
        call += QStringLiteral(", output_padding=") + pairText(g.output_padding);
    if (g.dilation != Size2(1))
        call += QStringLiteral(", dilation=") + pairText(g.dilation);
    if (g.groups != 1)
        call += QStringLiteral(", groups=%1").arg(g.groups);
    return call + (hasBias ? QStringLiteral(")") : QStringLiteral(", bias=False)"));
}

QRectF ViewChrome::titleRect(double width)
{
    return QRectF(SceneLayout::kMargin, SceneLayout::kMargin, width - 2 * SceneLayout::kMargin, SceneLayout::kTitle - 8);
}

QRectF ViewChrome::footerRect(double width, double contentBottom)
{
    return QRectF(SceneLayout::kMargin, contentBottom + 24, width - 2 * SceneLayout::kMargin, SceneLayout::kFooter);
}

QRectF ViewChrome::boundsFor(double width, const QRectF& footer)
{
    return QRectF(0, 0, width, footer.bottom() + SceneLayout::kMargin);
}

void ViewChrome::paintTitle(GridPainter& gp, const QRectF& bounds, const QRectF& title, const QString& text,
                            const QString& subtitle)
{
    if (!gp.options().transparentBackground)
        gp.painter().fillRect(bounds, gp.theme().background);
    // The same offsets as SceneRenderer's title, so the line does not jump between views.
    gp.text(title.adjusted(0, -8, 0, -8), text, gp.theme().text, 16, true, Qt::AlignLeft | Qt::AlignVCenter);
    gp.text(title.adjusted(0, 30, 0, 30), subtitle, gp.theme().mutedText, 12, false, Qt::AlignLeft | Qt::AlignVCenter);
}

void ViewChrome::paintFooter(GridPainter& gp, const QRectF& footer, const QString& sentence)
{
    if (sentence.isEmpty())
        return;
    // Two lines at most fit the footer: long sentences wrap instead of running off the page.
    gp.text(footer, sentence, gp.theme().text, 15, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

} // namespace sb
