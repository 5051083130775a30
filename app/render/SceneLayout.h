// SPDX-License-Identifier: MIT
// SceneLayout: where every part of the scatter, output and overlap views sits, in world
// coordinates (at scale 1, world pixels). It is measured: each grid's cells are as large as its
// widest number needs (SceneNumbers), each column is as wide as the larger of its grid and its
// caption, the formula lines and legends are measured in the font that draws them, and the whole
// stays within kMaxSide a side — beyond that the cells shrink and the grids show colour instead
// of numbers. Painting, hit testing and exporting share it, and it is tested without a window.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/HitTarget.h"
#include "app/render/PictureChrome.h"
#include "app/render/SceneNumbers.h"
#include "app/render/ViewId.h"
#include "core/LayerGeometry.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace sb {

// The input element whose intermediate buffer is shown large (its channel ci and position).
struct BufferWindow {
    qint64 ci = 0, row0 = 0, col0 = 0;
};

class SceneLayout {
public:
    // Spacing shared with the other views' layouts.
    static constexpr double kCell = PictureChrome::kCell;
    static constexpr double kMargin = PictureChrome::kMargin;
    static constexpr double kGap = PictureChrome::kGap;
    static constexpr double kCaption = 30.0;
    static constexpr double kTitle = 76.0;
    static constexpr double kFooter = 64.0;
    static constexpr double kMaxSide = PictureChrome::kMaxSide;
    // A layer too large for numbers is drawn about this size, so the window shows it whole.
    static constexpr double kComfortableWidth = 1920.0, kComfortableHeight = 1200.0;

    SceneLayout() = default;
    // `maxSize`: the largest the picture may be at scale 1 (the side-by-side view gives the scatter
    // less, to leave room for the direct convolution).
    SceneLayout(const LayerGeometry& geometry, ViewId view, const SceneNumbers& numbers, const QString& title,
                QSizeF maxSize = QSizeF(kMaxSide, kMaxSide));

    ViewId view() const { return view_; }
    // The scatter view draws the whole story (input, kernel, buffers, full buffer, output); the
    // output and overlap views draw the output alone, larger.
    bool drawsTheScatter() const { return view_ == ViewId::Scatter; }
    // The overlap view writes each output cell's count of contributions (its heat-map) instead of
    // its value.
    bool countsOverlap() const { return view_ == ViewId::Overlap; }
    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF formulaRect() const { return formula_; }
    const QStringList& formulaLines() const { return formulaLines_; }
    QRectF legendRect() const { return legend_; }

    const GridGeometry& input() const { return input_; }
    const GridGeometry& kernel() const { return kernel_; }
    // The active element's intermediate buffer, full-buffer sized, and one chip per input element.
    const GridGeometry& buffer() const { return buffer_; }
    const GridGeometry& chips() const { return chips_; }
    bool chipLabels() const { return chipLabels_; }
    // The full buffer, extended by the output_padding rows/cols that lie past it.
    const GridGeometry& full() const { return full_; }
    const GridGeometry& output() const { return output_; }
    // Where the captions sit (their bottom-left) and the notes under the full buffer.
    QPointF inputCaption() const { return inputCaption_; }
    QPointF kernelCaption() const { return kernelCaption_; }
    QPointF bufferCaption() const { return bufferCaption_; }
    QPointF chipsCaption() const { return chipsCaption_; }
    QPointF fullCaption() const { return fullCaption_; }
    QPointF outputCaption() const { return outputCaption_; }
    QRectF cropNote() const { return cropNote_; }
    QRectF outputPaddingNote() const { return outputPaddingNote_; }

    // The buffer shown large is the active element's.
    BufferWindow windowFor(qint64 ci, qint64 iy, qint64 ix) const { return {std::max<qint64>(ci, 0), iy, ix}; }
    HitTarget hitTest(const QPointF& world, const BufferWindow& window) const;
    // Whether the picture's main grid (the sums, or the overlap's counts) still shows its numbers
    // when drawn at `scale` (GridPainter::gridTextSize's rule when zoomed out).
    bool numbersReadableAt(double scale) const;

    // The texts the layout measured its columns with (the painter draws these).
    static QString inputCaptionText(const LayerGeometry& g, qint64 n, qint64 ci);
    static QString kernelCaptionText(const LayerGeometry& g, qint64 ci, qint64 cog);
    static QString bufferCaptionText(const LayerGeometry& g, qint64 ci, qint64 iy, qint64 ix);
    static QString chipsCaptionText(const LayerGeometry& g);
    static QString fullCaptionText(const LayerGeometry& g);
    static QString outputCaptionText(const LayerGeometry& g, qint64 n, qint64 co, bool heat, const QString& bias);
    static QString cropNoteText(const LayerGeometry& g);
    static QString outputPaddingNoteText(const LayerGeometry& g);

private:
    static constexpr double kRowGap = 36.0;     // between the rows of the scatter view
    static constexpr double kCaptionGap = 6.0;  // between a caption and its grid
    static constexpr double kFormulaPadding = 14.0;
    static constexpr double kChipCell = 22.0;  // an unlabelled chip
    static constexpr int kVerdictLines = 3;
    static constexpr double kLegendBar = 14.0;
    static constexpr double kOverlapLegendWidth = 320.0;
    static double noteHeight();
    static double cellFor(const QString& widest);
    static double underLegendHeight();
    // The widest text the output grid writes: a count in the overlap view, a sum otherwise.
    const QString& outputWidest() const;

    void place(double inCell, double kernelCell, double sumCell);

    ViewId view_ = ViewId::Scatter;
    LayerGeometry g_;
    SceneNumbers numbers_;
    QString title_text_;
    QRectF bounds_, title_, footer_, formula_, legend_, cropNote_, outputPaddingNote_;
    QStringList formulaLines_;
    GridGeometry input_, kernel_, buffer_, chips_, full_, output_;
    bool chipLabels_ = false;
    QPointF inputCaption_, kernelCaption_, bufferCaption_, chipsCaption_, fullCaption_, outputCaption_;
};

} // namespace sb
