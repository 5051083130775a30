// SPDX-License-Identifier: MIT
// ImageExperiment: what the image view shows, computed — a photo, a kernel choice and the config's
// layer arguments, run through core's convTransposeImage, with the pictures to paint made already
// (so the window's worker thread, not the GUI thread, pays for them). The command line, the window
// and the view's own fallback all make it here, so they agree on defaults and error messages.
#pragma once

#include "core/ImageConvTranspose.h"
#include "core/Layer.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace sb {

// What the image view is asked to show; the layer's arguments come from the config.
struct ImageRequest {
    QString imagePath;  // a PNG or JPEG; empty: the committed test photo (ImageFile::testPhotoPath)
    // "ones", "bilinear", "random", "random:SEED" or a .npy file; empty: the config's weight when it
    // is one (1, 1, kH, kW) plane, else ones.
    QString kernel;

    friend bool operator==(const ImageRequest&, const ImageRequest&) = default;
};

class ImageExperiment {
public:
    // Reads the photo and the kernel, takes kernel_size, stride, padding, output_padding and
    // dilation from `layer`, and computes. nullptr when progress cancelled it. Throws ConfigError
    // naming the image or kernel file (or the kernel text) at fault, TorchError when PyTorch would
    // refuse the arguments with this kernel.
    static std::shared_ptr<const ImageExperiment> run(const ImageRequest& request, const Layer& layer,
                                                      const ImageProgress& progress = {});
    // The kernel a request's text names, against the config's layer. Throws ConfigError.
    static ImageKernel kernelFor(const QString& text, const Layer& layer, QString* description = nullptr);

    QString imageName;      // "test-photo.png"
    QSize originalSize;     // as in the file, before ImageFile's size limit
    // For sentences: "the all-ones kernel", "a random kernel (seed 7)", "the kernel of w.npy [1, 1, 4, 4]", ...
    QString kernelName;
    ImageKernel kernel;
    Tensor photo;           // (3, H, W) in [0, 1]
    ImageConvTransposeResult result;

    // For painting: the photo, both outputs normalised (each min … max → black … white), and
    // their ranges before that.
    QImage photoImage, outputImage, resizedImage;
    float outputMin = 0, outputMax = 0, resizedMin = 0, resizedMax = 0;
};

} // namespace sb
