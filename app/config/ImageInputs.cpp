// SPDX-License-Identifier: MIT
#include "app/config/ImageInputs.h"

#include "app/config/ConfigError.h"
#include "app/config/ImageFile.h"
#include "app/config/NpyFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace sb {

namespace {

struct ImageInputsText {
    Q_DECLARE_TR_FUNCTIONS(ImageInputs)
};

}  // namespace

ImageInputs ImageInputs::read(const ImageRequest& request, const Layer& layer)
{
    ImageInputs in;
    const QString path = request.imagePath.isEmpty() ? ImageFile::testPhotoPath() : request.imagePath;
    in.imageName = QFileInfo(path).fileName();
    in.photo = ImageFile::read(path, &in.originalSize);
    in.kernel = kernelFor(request.kernel, layer, &in.kernelName);
    in.kernelText = request.kernel.isEmpty() ? in.kernelName : request.kernel;
    return in;
}

ImageKernel ImageInputs::kernelFor(const QString& text, const Layer& layer, QString* description)
{
    auto describe = [&](const QString& name) {
        if (description)
            *description = name;
    };
    if (text.isEmpty()) {
        // "Defaults for what it does not say": the config's own kernel when it is one plane.
        const Shape& shape = layer.weight.shape();
        if (shape.size() == 4 && shape[0] == 1 && shape[1] == 1) {
            //: The kernel the image view uses, as its title names it ("image: test-photo.png through the config's own
            //: kernel")
            describe(ImageInputsText::tr("the config's own kernel"));
            return ImageKernel::fromWeight(layer.weight);
        }
        // A trained layer's weight (C_in, C_out/groups, kH, kW): as a whole layer when it is one of
        // the photo's 3 channels, else per channel, colour c through the plane w[c mod C_in,
        // c mod C_out] (a model's decoder layer rarely has 3 input channels).
        if (shape.size() == 4 && shape[0] > 0 && shape[1] > 0 && shape[2] > 0 && shape[3] > 0) {
            if (shape[0] == 3 && 3 % shape[1] == 0) {
                //: The kernel the image view uses, as its title names it ("image: test-photo.png through the config's
                //: own layer")
                describe(ImageInputsText::tr("the config's own layer"));
                return ImageKernel::fromWeight(layer.weight);
            }
            const std::int64_t planeSize = shape[2] * shape[3];
            Tensor perChannel({3, 1, shape[2], shape[3]});
            for (std::int64_t c = 0; c < 3; ++c) {
                const float* from = layer.weight.data() + ((c % shape[0]) * shape[1] + c % shape[1]) * planeSize;
                std::copy(from, from + planeSize, perChannel.data() + c * planeSize);
            }
            //: The kernel the image view uses, as its title names it; w[c, c] is the layer's weight plane for input
            //: channel c and output channel c
            describe(ImageInputsText::tr("the config's own weights w[c, c]"));
            return ImageKernel::fromWeight(std::move(perChannel));
        }
        describe(ImageInputsText::tr("the all-ones kernel"));
        return ImageKernel::ones();
    }
    if (text.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        const Tensor weight = readNpyFile(text);  // throws ConfigError("PATH: problem")
        if (weight.dim() != 4)
            //: %1 is a .npy file's path, %2 a shape like (1, 1, 3, 3); kH, kW are the kernel's height and width
            throw ConfigError(
                ImageInputsText::tr(
                    "%1: a kernel needs 4 dimensions (1, 1, kH, kW) or (3, 3/groups, kH, kW), got shape %2")
                    .arg(text, QString::fromStdString(formatShape(weight.shape()))));
        //: %1 is a .npy file's name, %2 its shape like (1, 1, 3, 3)
        describe(ImageInputsText::tr("the kernel of %1 %2")
                     .arg(QFileInfo(text).fileName(), QString::fromStdString(formatShape(weight.shape()))));
        return ImageKernel::fromWeight(weight);
    }
    const std::optional<ImageKernel> named = ImageKernel::fromName(text.toStdString());
    if (!named)
        //: ones, bilinear, random, random:SEED are the values --kernel takes: keep them in English
        throw ConfigError(
            ImageInputsText::tr("unknown kernel '%1': expected ones, bilinear, random, random:SEED (a whole number) "
                                "or a .npy file")
                .arg(text));
    switch (named->kind) {
    case ImageKernel::Kind::Ones: describe(ImageInputsText::tr("the all-ones kernel")); break;
    case ImageKernel::Kind::Bilinear: describe(ImageInputsText::tr("the bilinear-upsampling kernel")); break;
    default: describe(ImageInputsText::tr("a random kernel (seed %1)").arg(named->seed)); break;
    }
    return *named;
}

}  // namespace sb
