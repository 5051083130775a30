// SPDX-License-Identifier: MIT
// StillExporter: one frame of a Picture as a PNG (raster, at a scale, optionally transparent),
// an SVG (vector, text kept as text) or a PDF (vector, one page the size of the picture). The file
// appears whole or not at all.
#pragma once

#include <QCoreApplication>

#include "app/export/ExportTarget.h"
#include "app/render/Picture.h"

namespace sb {

class StillExporter {
    Q_DECLARE_TR_FUNCTIONS(sb::StillExporter)

public:
    // Writes picture at position to target, whose format is Png, Svg or Pdf. `scale` is device
    // pixels (1/96 inch) per world unit; a PNG records 96·scale dpi, so it prints at the same
    // size at every scale. Returns the error, empty on success.
    static QString write(const Picture& picture, double position, const RenderOptions& options, double scale,
                         const ExportTarget& target);

    // The PDF page's size in points (1/72 inch) at scale, rounded up to whole points.
    static QSizeF pdfPageSize(const Picture& picture, double scale);
};

} // namespace sb
