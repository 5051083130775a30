// SPDX-License-Identifier: MIT
// PictureFactory: every view by its name — the names the command line takes (`--view overlap`)
// and the window's export dialog lists. A new view is one entry in the table in the .cpp.
#pragma once

#include "app/render/ImageExperiment.h"
#include "app/render/Picture.h"
#include "app/render/ScatterScene.h"
#include "core/LayerStack.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace sb {

class PictureFactory {
public:
    // What a picture is drawn from. Views that need more (a second layer to compare, an image)
    // add their inputs here.
    struct Source {
        std::shared_ptr<const ScatterRecord> record;
        PlaneSelection plane;       // the output plane (n, co) the timeline follows
        bool tapSubSteps = false;   // one step per kernel tap, as the window's "One Step per Tap"
        // The image view's experiment, computed by the caller that offers the view (the window's
        // worker, the command line, a lesson), who reads its photo and kernel: render/ reads no
        // files. Without one there is no image view.
        std::shared_ptr<const ImageExperiment> imageExperiment = {};
        // The stack view's layers after the record's (ConfigFile::stack); empty: its default chain.
        std::vector<StackedLayer> stack = {};
        // The room the window gives the picture (its canvas, in pixels); empty for exports. The
        // scene views (scatter, output, overlap) lay out for it when fitting their natural picture
        // would lose its numbers anyway: their grids shrink to colour so that at fit the titles
        // and labels stay readable instead of the whole picture being scaled down to 5 px type.
        QSizeF room = {};
    };
    // The most a picture of `source` may measure at scale 1: 4000 px a side, or for the window
    // its room divided by kLeastFitScale (the window then shows it at that scale or larger).
    static QSizeF maxSize(const Source& source);
    // The scene of a scene view (scatter, output, overlap) for source, laid out as room asks.
    static ScatterScene scene(const Source& source, ViewId view);
    static constexpr double kLeastFitScale = 0.85;
    // The smallest output cell (screen pixels) a room-fitted scene may have.
    static constexpr double kLeastRoomyCell = 9.0;

    struct View {
        ViewId id;
        const char* summaryText;  // QT_TRANSLATE_NOOP("PictureFactory", ...): English, untranslated
        // One line for `scatterboard export --help` and the export dialog, in the user's language.
        QString summary() const;
        std::function<std::unique_ptr<Picture>(const Source&)> make;
        // What the view draws from beyond the record and its plane: whoever offers the view
        // supplies it, and the window redraws the view when it changes.
        bool drawsImage = false;  // Source::imageExperiment (without one there is no image view)
        bool drawsStack = false;  // Source::stack
        QString name() const { return viewName(id); }
    };

    // In the order help lists them (allViews()); the first is the default.
    static const std::vector<View>& views();
    static const View& view(ViewId id);
    static ViewId defaultView() { return ViewId::Scatter; }
    // The view's picture of source; nullptr for a source without a record.
    static std::unique_ptr<Picture> make(ViewId view, const Source& source);
};

} // namespace sb
