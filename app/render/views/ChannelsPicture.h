// SPDX-License-Identifier: MIT
// ChannelsPicture: the `channels` view — channels and groups as a wiring diagram (seed 001 §2.2,
// seed 000's 3 → 16 examples). Input channel planes on the left, output planes on the right, one
// wire per (input, output) pair of a group, each carrying its weight slice w[ci, co'] as a small
// kernel, the groups as tinted blocks, and the weight's shape (C_in, C_out/groups, kH, kW) spelled
// out. Step 0 shows the plane's output channel, step k ≥ 1 output channel k − 1, each with its
// wires highlighted and its sum written out.
#pragma once

#include "app/render/NumberFormat.h"
#include "app/render/Picture.h"
#include "app/render/views/ChannelWiring.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QPointF>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>

namespace sb {

class GridPainter;

struct ChannelsOptions {
    // Above this many wires the kernels are left off and only the wires are drawn.
    std::int64_t maxKernelThumbnails = 64;
};

class ChannelsPicture : public Picture {
public:
    ChannelsPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, ChannelsOptions options = {});

    const ChannelWiring& wiring() const { return wiring_; }
    const ChannelsOptions& options() const { return options_; }
    // The output channel a step highlights: the plane's at step 0, channel step − 1 after.
    std::int64_t highlightedOutput(qint64 step) const;
    // Indices into wiring().wires() highlighted at a step: the wires into highlightedOutput(step).
    std::vector<std::int64_t> highlightedWires(qint64 step) const;
    // Whether the weight slices are drawn on the wires (not too many wires, room for them).
    bool showsKernels() const { return showKernels_; }
    // "y[5] = x[0] ⋆ w[0, 5] + x[1] ⋆ w[1, 5] + x[2] ⋆ w[2, 5]" for output channel co.
    QString sumText(std::int64_t co) const;
    // "weight [3, 16, 3, 3]: 3 input channels × 16 output channels per group × 3×3 kernel".
    QString weightShapeText(bool kernels = false) const;  // kernels: "… × 3×3 kernels", the panel's heading

    // Where things are, in world coordinates (for tests and hover).
    QRectF inputPlaneRect(std::int64_t ci) const;
    QRectF outputPlaneRect(std::int64_t co) const;
    // The weight slice on a wire; empty when kernels are not shown.
    QRectF kernelRect(std::int64_t wire) const;
    // A point on a wire at u ∈ [0, 1] from its input to its end: its weight slice, or the Σ of
    // its output's row when kernels are not shown.
    QPointF wirePoint(std::int64_t wire, double u) const;
    QPointF wireEnd(std::int64_t wire) const;
    // The Σ of output channel co's row, where its terms are added.
    QPointF sigmaCentre(std::int64_t co) const;

    // Picture
    ViewId view() const override { return ViewId::Channels; }
    QRectF bounds() const override { return bounds_; }
    qint64 stepCount() const override { return record_->geometry().out_channels + 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    void layout();
    double emphasis(std::int64_t co, double position) const;
    void paintPanel(GridPainter& gp, std::int64_t co) const;
    void paintPlane(GridPainter& gp, const QRectF& box, std::int64_t channel, bool input, const QColor& tint,
                    std::optional<double> px) const;
    void paintKernel(GridPainter& gp, const QRectF& box, const ChannelWire& wire, const QColor& tint, std::optional<double> px) const;
    // Captions and panel lines, measured by layout() and drawn by paint().
    QString inputCaption() const;
    QString outputCaption() const;
    QString weightCaption() const;
    QString groupsSentence() const;
    QString expandedSum(std::int64_t co) const;
    double panelInner() const { return panel_.width() - 28; }

    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    ChannelsOptions options_;
    ChannelWiring wiring_;
    Tensor output_;  // the layer's output, for the output thumbnails
    std::pair<float, float> outputRange_, weightRange_;  // finite extremes, for shading
    bool showKernels_ = false;

    QRectF bounds_, title_, footer_, panel_;
    double captionY_ = 0, weightCaptionY_ = 0, groupHeader_ = 0;
    double labelIn_ = 0, labelOut_ = 0;          // measured widths of "x[12]" and "y[12]"
    NumberFormat inputFormat_, outputFormat_, weightFormat_;
    QString widestInput_, widestOutput_, widestWeight_;
    double inputX_ = 0, outputX_ = 0, thumb_ = 0, kernel_ = 0, sigmaX_ = 0, sigmaRadius_ = 0;
    QVector<double> inputY_, outputY_;   // centre of each plane
    QVector<double> columnX_;            // per input channel of a group: centre x of its weight slices
    QVector<QRectF> bands_;              // one per group
};

} // namespace sb
