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
#include "app/render/views/ChannelsLayout.h"
#include "core/ChannelWiring.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QPointF>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>

namespace sb {

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
    bool showsKernels() const { return layout_.showsKernels(); }
    // "y[5] = x[0] ⋆ w[0, 5] + x[1] ⋆ w[1, 5] + x[2] ⋆ w[2, 5]" for output channel co.
    QString sumText(std::int64_t co) const;
    // "weight [3, 16, 3, 3]: 3 input channels × 16 output channels per group × 3×3 kernel".
    QString weightShapeText(bool kernels = false) const;  // kernels: "… × 3×3 kernels", the panel's heading

    // Where everything sits, shared by painting and hit testing.
    const ChannelsLayout& layout() const { return layout_; }
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
    QRectF bounds() const override { return layout_.bounds(); }
    qint64 stepCount() const override { return record_->geometry().out_channels + 1; }
    QString narration(qint64 step) const override;
    void paint(QPainter& painter, double position, const RenderOptions& options) const override;

private:
    class Painter;  // one frame's painting, section by section (ChannelsPicture.cpp)

    // Measures the captions, the panel's lines and the grids' numbers, and lays the picture out.
    void layout();
    // How strongly output channel co is highlighted at a position: the highlight passes from one
    // channel to the next between two steps.
    double emphasis(std::int64_t co, double position) const;
    // Captions and panel lines, measured by layout() and drawn by paint().
    QString inputCaption() const;
    QString outputCaption() const;
    QString weightCaption() const;
    QString groupsSentence() const;
    QString expandedSum(std::int64_t co) const;

    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    ChannelsOptions options_;
    ChannelWiring wiring_;
    Tensor output_;  // the layer's output, for the output thumbnails
    std::pair<float, float> outputRange_, weightRange_;  // finite extremes, for shading
    NumberFormat inputFormat_, outputFormat_, weightFormat_;
    QString widestInput_, widestOutput_, widestWeight_;
    ChannelsLayout layout_;
};

} // namespace sb
