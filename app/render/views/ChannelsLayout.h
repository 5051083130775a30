// SPDX-License-Identifier: MIT
// ChannelsLayout: where every part of the channels view sits, in world coordinates — the title, the
// panel (the weight's shape, the groups sentence and the highlighted output's sum), the input
// planes on the left and the output planes on the right, each group a horizontal block tall
// enough for the longer of its two columns (so wires of different groups never cross), the weight
// slices standing in their output's row, one column per input channel of the group, and the Σ of
// each row. Few channels get planes large enough for their numbers, many get small ones (colour);
// the diagram stays within 2400 px of height. Measured from the texts the picture writes and the
// widest number of each kind of grid; shared by painting and hit testing.
#pragma once

#include "app/render/PictureChrome.h"
#include "core/ChannelWiring.h"
#include "core/LayerGeometry.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace sb {

class ChannelsLayout {
public:
    static constexpr double kLabelGap = 8.0;  // between a plane and its "x[12]"

    // What the layout measures: the texts the picture writes and each grid kind's widest number.
    struct Texts {
        QString title;
        QString inputCaption, outputCaption;
        QString weightShape, groups;  // the panel's heading and sentence
        QStringList sums;             // every output channel's sum as the panel writes it (the longest decides)
        QString widestInput, widestOutput, widestWeight;
    };

    ChannelsLayout() = default;
    // maxKernelThumbnails: above this many wires the weight slices are left off.
    ChannelsLayout(const LayerGeometry& geometry, const ChannelWiring& wiring, std::int64_t maxKernelThumbnails,
                   const Texts& texts);

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF panelRect() const { return panel_; }
    double panelInner() const { return panel_.width() - 28; }  // the panel's measure
    // Baselines of the captions over the columns: inputs and outputs, and the weight slices' own line.
    double captionY() const { return captionY_; }
    double weightCaptionY() const { return weightCaptionY_; }
    // One tinted block per group, with a line for its name at the top when there are several.
    const QVector<QRectF>& groupBands() const { return bands_; }
    double groupHeader() const { return groupHeader_; }

    // Whether the weight slices are drawn on the wires (not too many wires, room for them).
    bool showsKernels() const { return showKernels_; }
    QRectF inputPlaneRect(std::int64_t ci) const;
    QRectF outputPlaneRect(std::int64_t co) const;
    // A label's room, `height` high and centred on its plane: "x[12]" right-aligned left of the
    // input plane, "y[12]" right of the output plane.
    QRectF inputLabelRect(std::int64_t ci, double height) const;
    QRectF outputLabelRect(std::int64_t co, double height) const;
    // The output planes' left edge, where their caption starts.
    double outputsLeft() const { return outputX_; }
    // A wire runs from its input plane's right edge to its weight slice (or to the Σ of its row).
    QPointF wireStart(const ChannelWire& wire) const;
    QPointF wireEnd(const ChannelWire& wire) const;
    // A point on a wire at u ∈ [0, 1]: wires are cubic Béziers with horizontal ends.
    QPointF wirePoint(const ChannelWire& wire, double u) const;
    // The weight slice on a wire; empty when kernels are not shown.
    QRectF kernelRect(const ChannelWire& wire) const;
    // The side of one cell of a weight slice.
    double kernelCell() const;
    // The Σ of output channel co's row, where its terms are added, and the rail that carries them.
    QPointF sigmaCentre(std::int64_t co) const;
    double sigmaX() const { return sigmaX_; }
    double sigmaRadius() const { return sigmaRadius_; }
    QLineF rail(std::int64_t co) const;

private:
    static constexpr double kMargin = PictureChrome::kMargin;
    static constexpr double kGroupGap = 22.0;  // between the blocks of two groups
    static constexpr double kDiagramHeight = 760.0;
    static constexpr double kColumnGap = 22.0;  // between the weight slices of one row
    static constexpr double kSigmaGap = 30.0;   // around the Σ of a row
    static constexpr double kMinWidth = 1240.0;

    LayerGeometry g_;
    bool showKernels_ = false;
    QRectF bounds_, title_, footer_, panel_;
    double captionY_ = 0, weightCaptionY_ = 0, groupHeader_ = 0;
    double labelIn_ = 0, labelOut_ = 0;  // measured widths of "x[12]" and "y[12]"
    double inputX_ = 0, outputX_ = 0, thumb_ = 0, kernel_ = 0, sigmaX_ = 0, sigmaRadius_ = 0;
    QVector<double> inputY_, outputY_;  // centre of each plane
    QVector<double> columnX_;           // per input channel of a group: centre x of its weight slices
    QVector<QRectF> bands_;             // one per group
};

}  // namespace sb
