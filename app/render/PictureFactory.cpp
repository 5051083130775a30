// SPDX-License-Identifier: MIT
#include "app/render/PictureFactory.h"

#include "app/render/ScenePicture.h"
#include "app/render/views/AdjointPicture.h"
#include "app/render/views/ChannelsPicture.h"
#include "app/render/views/EquivalentPicture.h"
#include "app/render/views/ImagePicture.h"
#include "app/render/views/MatrixPicture.h"
#include "app/render/views/NoticePicture.h"
#include "app/render/ModuleCall.h"
#include "app/render/views/ShapePicture.h"
#include "app/render/views/SideBySidePicture.h"
#include "app/render/views/StripPicture.h"
#include "app/render/views/ComparePicture.h"
#include "app/render/views/ResizeConvPicture.h"
#include "app/render/views/StackPicture.h"

#include "core/TorchError.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

namespace {

struct PictureFactoryText {
    Q_DECLARE_TR_FUNCTIONS(PictureFactory)
};

PictureFactory::View sceneView(ViewId kind, const char* summary)
{
    return {kind, summary, [kind](const PictureFactory::Source& s) -> std::unique_ptr<Picture> {
                return std::make_unique<ScenePicture>(PictureFactory::scene(s, kind));
            }};
}

// A view that draws one plane of the record with its default options. Above maxTaps
// contributions into the plane it says so instead of drawing (see NoticePicture).
template <typename ViewPicture>
PictureFactory::View planeView(ViewId view, const char* summary, std::int64_t maxTaps = -1)
{
    return {view, summary, [view, maxTaps](const PictureFactory::Source& s) -> std::unique_ptr<Picture> {
                const LayerGeometry& g = s.record->geometry();
                const std::int64_t taps = g.inPerGroup() * g.input.h * g.input.w * g.kernel.h * g.kernel.w;
                if (maxTaps >= 0 && taps > maxTaps)
                    return std::make_unique<NoticePicture>(
                        view, moduleCall(g, s.record->layer().hasBias()),
                        PictureFactoryText::tr("This output plane receives %L1 contributions, more than the %L2 the %3 view draws: "
                                       "its picture would be too large to read and slow to build. The scatter, output, "
                                       "overlap and shape views show this layer; make the input or the kernel smaller to "
                                       "see it here.")
                            .arg(taps)
                            .arg(maxTaps)
                            .arg(viewTitle(view)));
                return std::make_unique<ViewPicture>(s.record, s.plane);
            }};
}

// The config's own chain when it gives one ("stack"), else the view's default. A chain PyTorch
// would reject, or one past the chain's limits (the default chain of a large layer), gets its
// message, naming the layer, instead of a picture.
std::unique_ptr<Picture> stackPicture(const PictureFactory::Source& s)
{
    try {
        if (s.stack.empty())
            return std::make_unique<StackPicture>(s.record, s.plane);
        return std::make_unique<StackPicture>(s.record, StackPicture::defaultFirst(s.record->layer()), s.stack);
    } catch (const std::bad_alloc&) {  // past the chain's limits, which are checked first: a small machine
        return std::make_unique<NoticePicture>(ViewId::Stack, moduleCall(s.record->geometry(), s.record->layer().hasBias()),
                                               PictureFactoryText::tr("The stacked layers cannot run: there is not enough memory for their outputs."));
    } catch (const std::exception& e) {  // TorchError, a weight that contradicts its arguments, the chain's limits
        return std::make_unique<NoticePicture>(ViewId::Stack, moduleCall(s.record->geometry(), s.record->layer().hasBias()),
                                               PictureFactoryText::tr("The stacked layers cannot run: %1").arg(QString::fromStdString(e.what())));
    }
}

// Wᵀ of a plane has one entry per contribution; beyond this it is neither readable nor cheap.
constexpr std::int64_t kMatrixViewTaps = 1'000'000;

} // namespace

const std::vector<PictureFactory::View>& PictureFactory::views()
{
    static const std::vector<View> table = {
        sceneView(ViewId::Scatter,
                  QT_TRANSLATE_NOOP("PictureFactory", "the window's picture: input, kernel, intermediate buffers, "
                                                      "full buffer, crop and output")),
        sceneView(ViewId::Output, QT_TRANSLATE_NOOP("PictureFactory", "the output grid alone, with its values")),
        sceneView(
            ViewId::Overlap,
            QT_TRANSLATE_NOOP("PictureFactory", "the heat-map of contributions per output cell (the checkerboard)")),
        planeView<ShapePicture>(ViewId::Shape, QT_TRANSLATE_NOOP("PictureFactory",
                                                                 "the output-size formula term by term, the round trip "
                                                                 "with Conv2d and seed 000's table")),
        planeView<ChannelsPicture>(ViewId::Channels,
                                   QT_TRANSLATE_NOOP("PictureFactory", "channels and groups as a wiring diagram, one "
                                                                       "step per output channel")),
        planeView<StripPicture>(ViewId::Strip,
                                QT_TRANSLATE_NOOP("PictureFactory", "one row in 1-D, strips stacked as in the Distill "
                                                                    "article, with the overlap per cell")),
        planeView<EquivalentPicture>(
            ViewId::Equivalent, QT_TRANSLATE_NOOP("PictureFactory", "the same layer as a direct convolution: "
                                                                    "zeros inserted, border, flipped kernel sliding")),
        planeView<SideBySidePicture>(ViewId::SideBySide,
                                     QT_TRANSLATE_NOOP("PictureFactory", "the scatter and the direct convolution in "
                                                                         "step, each output cell compared")),
        planeView<MatrixPicture>(ViewId::Matrix,
                                 QT_TRANSLATE_NOOP("PictureFactory", "y = Wᵀ·x: the sparse matrix, one row per output "
                                                                     "cell, computed row by row"),
                                 kMatrixViewTaps),
        planeView<ComparePicture>(ViewId::Compare,
                                  QT_TRANSLATE_NOOP("PictureFactory",
                                                    "overlap maps of the layer, its kernel rounded up to "
                                                    "a multiple of the stride, and kernel = stride, on one scale")),
        {ViewId::Stack,
         QT_TRANSLATE_NOOP("PictureFactory",
                           "the layer then the config's \"stack\" layers (default: the same arguments "
                           "twice more), the overlap compounding layer by layer (one step per layer)"),
         stackPicture, false, true},
        planeView<ResizeConvPicture>(ViewId::ResizeConv,
                                     QT_TRANSLATE_NOOP("PictureFactory", "nearest / bilinear upsampling + stride-1 "
                                                                         "convolution beside the transposed one")),
        {ViewId::Image,
         QT_TRANSLATE_NOOP("PictureFactory", "the layer on a real photo (--image, --kernel): its output, overlap and "
                                             "resize-convolution"),
         [](const Source& s) -> std::unique_ptr<Picture> {
             return s.imageExperiment ? std::make_unique<ImagePicture>(s.imageExperiment) : nullptr;
         },
         true},
        planeView<AdjointPicture>(ViewId::Adjoint,
                                  QT_TRANSLATE_NOOP("PictureFactory",
                                                    "why it exists: the Conv2d with the same weight maps "
                                                    "the output back, W against Wᵀ, ⟨conv2d(z), x⟩ = ⟨z, y⟩ with the "
                                                    "layer's numbers, output_padding's choice")),
    };
    return table;
}

ScatterScene PictureFactory::scene(const Source& source, ViewId view)
{
    ScatterScene natural(source.record, source.plane, source.tapSubSteps, view);
    if (source.room.isEmpty())
        return natural;
    // Fitted to the window, the natural picture keeps its numbers, or its type is large enough:
    // it stays as it is. Otherwise its numbers are lost at fit anyway, so it is laid out for the
    // room, where its titles and captions are full size and its grids show colour.
    const QRectF b = natural.layout().bounds();
    const double fit = std::min(source.room.width() / b.width(), source.room.height() / b.height());
    if (fit >= kLeastFitScale || natural.layout().numbersReadableAt(fit))
        return natural;
    // Laid out for the room, the grids must still be grids: when the captions, formula and chips
    // take the room (a small layer of decimals), the cells would shrink to specks, and the natural
    // picture, scaled down, shows more.
    ScatterScene roomy(source.record, source.plane, source.tapSubSteps, view, maxSize(source));
    return roomy.layout().output().cell * kLeastFitScale >= kLeastRoomyCell ? roomy : natural;
}

QSizeF PictureFactory::maxSize(const Source& source)
{
    constexpr double kBudget = 4000.0;
    if (source.room.isEmpty())
        return {kBudget, kBudget};
    // Never smaller than a picture's narrowest measure (PictureChrome::kMinWidth) and a sensible
    // height: a tiny window scales down rather than losing every number.
    const QSizeF room = source.room / kLeastFitScale;
    return {std::clamp(room.width(), 760.0, kBudget), std::clamp(room.height(), 480.0, kBudget)};
}

QString PictureFactory::View::summary() const
{
    return QCoreApplication::translate("PictureFactory", summaryText);
}

const PictureFactory::View& PictureFactory::view(ViewId id)
{
    const auto& table = views();
    return *std::find_if(table.begin(), table.end(), [id](const View& v) { return v.id == id; });
}

std::unique_ptr<Picture> PictureFactory::make(ViewId id, const Source& source)
{
    if (!source.record)
        return nullptr;
    return view(id).make(source);
}

} // namespace sb
