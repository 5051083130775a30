// SPDX-License-Identifier: MIT
// ImageExperiment: what the image view shows, computed — a photo and a kernel (ImageInputs, read by
// the caller) through the config's layer arguments with core's convTransposeImage, with the
// pictures to paint made already (so the window's worker thread, not the GUI thread, pays for
// them). The command line, the window and the lessons all compute it here, so they agree.
#pragma once

#include "app/config/ImageInputs.h"
#include "core/ImageConvTranspose.h"
#include "core/Layer.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace sb {

class ImageExperiment {
public:
    // Takes kernel_size, stride, padding, output_padding and dilation from `layer` and computes.
    // nullptr when progress cancelled it. Throws ConfigError naming the kernel at fault when it does
    // not fit the photo, TorchError when PyTorch would refuse the arguments with this kernel.
    static std::shared_ptr<const ImageExperiment> compute(ImageInputs inputs, const Layer& layer,
                                                          const ImageProgress& progress = {});

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
