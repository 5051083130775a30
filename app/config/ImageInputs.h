// SPDX-License-Identifier: MIT
// ImageInputs: what the image view's experiment is computed from, read — the photo a request names
// (a PNG or JPEG, or the built-in test photo) and the kernel its text names (ones, bilinear,
// random[:SEED], a .npy file, or by default the config's own weight). The reading is done here, at
// the edge, so render/ computes the experiment from tensors and reads no file.
#pragma once

#include "core/ImageKernel.h"
#include "core/Layer.h"
#include "core/Tensor.h"

#include <QSize>
#include <QString>

namespace sb {

// What the image view is asked to show; the layer's arguments come from the config.
struct ImageRequest {
    QString imagePath;  // a PNG or JPEG; empty: the committed test photo (ImageFile::testPhotoPath)
    // "ones", "bilinear", "random", "random:SEED" or a .npy file; empty: the config's weight when it
    // is one (1, 1, kH, kW) plane, else ones.
    QString kernel;

    friend bool operator==(const ImageRequest&, const ImageRequest&) = default;
};

struct ImageInputs {
    QString imageName;   // "test-photo.png"
    QSize originalSize;  // as in the file, before ImageFile's size limit
    Tensor photo;        // (3, H, W) in [0, 1]
    ImageKernel kernel;
    // For sentences: "the all-ones kernel", "a random kernel (seed 7)", "the kernel of w.npy [1, 1, 4, 4]", ...
    QString kernelName;
    QString kernelText;  // the request's own text, for messages; kernelName when it gave none

    // Reads the request's photo and kernel against the config's layer. Throws ConfigError naming
    // the image or kernel file (or the kernel text) at fault.
    static ImageInputs read(const ImageRequest& request, const Layer& layer);
    // The kernel a request's text names, against the config's layer. Throws ConfigError.
    static ImageKernel kernelFor(const QString& text, const Layer& layer, QString* description = nullptr);
};

}  // namespace sb
