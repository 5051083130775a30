// SPDX-License-Identifier: MIT
#include "app/widgets/ImageControls.h"

#include "app/controller/ImageController.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sb {

namespace {
// The chooser's entries; the item data is the ImageRequest::kernel text (random's seed added).
enum Entry { ConfigKernel, Ones, Bilinear, Random, Npy };
} // namespace

ImageControls::ImageControls(ImageController* controller, QWidget* parent) : QWidget(parent), controller_(controller)
{
    photo_ = new QLabel(this);
    open_ = new QPushButton(tr("Open Image…"), this);
    open_->setToolTip(tr("Load a PNG or JPEG photo into the image view (or drop one on the window)"));
    kernel_ = new QComboBox(this);
    kernel_->addItem(tr("Config's kernel"), QString());
    kernel_->setItemData(ConfigKernel, tr("The config's weight: one (1, 1, kH, kW) plane for every colour, a 3-channel layer as a whole, "
                                                  "or any other layer per channel (colour c through w[c, c])"), Qt::ToolTipRole);
    kernel_->addItem(tr("Ones"), QStringLiteral("ones"));
    kernel_->setItemData(Ones, tr("Every tap 1: each output pixel sums its contributions, so uneven overlap shows as it is"),
                         Qt::ToolTipRole);
    kernel_->addItem(tr("Bilinear"), QStringLiteral("bilinear"));
    kernel_->setItemData(Bilinear, tr("FCN's bilinear-upsampling kernel: with kernel 4, stride 2, padding 1 it interpolates "
                                      "bilinearly and the overlap is even"),
                         Qt::ToolTipRole);
    kernel_->addItem(tr("Random"), QStringLiteral("random"));
    kernel_->setItemData(Random, tr("Values uniform in [−1, 1) from the seed, like an untrained layer"), Qt::ToolTipRole);
    kernel_->addItem(tr("Load .npy…"), QString());
    kernel_->setItemData(Npy, tr("A weight from a NumPy file: (1, 1, kH, kW) for every colour channel, or (3, 3/groups, kH, kW)"),
                         Qt::ToolTipRole);
    kernel_->setAccessibleName(tr("Kernel"));
    kernel_->setToolTip(tr("The kernel the photo goes through, colour channel by colour channel"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 999999);
    seed_->setPrefix(tr("seed "));
    seed_->setAccessibleName(tr("Random kernel seed"));
    seed_->setToolTip(tr("The random kernel's seed: the same seed gives the same kernel everywhere"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(photo_);
    row->addWidget(open_);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Kernel:"), this));
    row->addWidget(kernel_);
    row->addWidget(seed_);
    row->addStretch(1);

    connect(open_, &QPushButton::clicked, this, &ImageControls::openImageRequested);
    connect(kernel_, &QComboBox::activated, this, &ImageControls::chooseKernel);
    connect(seed_, &QSpinBox::valueChanged, this, &ImageControls::chooseKernel);
    connect(controller_, &ImageController::requestChanged, this, &ImageControls::showRequest);
    showRequest(controller_->request());
}

void ImageControls::chooseKernel()
{
    switch (kernel_->currentIndex()) {
    case Random: controller_->setKernel(QStringLiteral("random:%1").arg(seed_->value())); break;
    case Npy: {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a kernel"), QFileInfo(npyPath_).path(),
                                                          tr("NumPy arrays (*.npy);;All files (*)"));
        if (path.isEmpty()) {
            showRequest(controller_->request());  // back to what is shown
            return;
        }
        npyPath_ = path;
        controller_->setKernel(path);
        break;
    }
    default: controller_->setKernel(kernel_->currentData().toString()); break;
    }
}

void ImageControls::showRequest(const ImageRequest& request)
{
    photo_->setText(tr("Photo: %1").arg(request.imagePath.isEmpty() ? tr("test photo") : QFileInfo(request.imagePath).fileName()));
    photo_->setToolTip(request.imagePath.isEmpty() ? tr("The built-in 96×64 test photo") : request.imagePath);
    const QString& k = request.kernel;
    int entry = ConfigKernel;
    if (k == QLatin1String("ones"))
        entry = Ones;
    else if (k == QLatin1String("bilinear"))
        entry = Bilinear;
    else if (k.startsWith(QLatin1String("random")))
        entry = Random;
    else if (!k.isEmpty())
        entry = Npy;
    const QSignalBlocker blockKernel(kernel_), blockSeed(seed_);
    kernel_->setCurrentIndex(entry);
    kernel_->setItemText(Npy, entry == Npy ? QFileInfo(k).fileName() : tr("Load .npy…"));
    if (entry == Random)
        seed_->setValue(k.section(QLatin1Char(':'), 1).toInt());
    seed_->setVisible(entry == Random);
}

} // namespace sb
