// SPDX-License-Identifier: MIT
// ImageControls: the image view's bar above the picture — which photo (with Open Image…), which
// kernel (the config's own, ones, bilinear, random with a seed, or weights from a .npy file). It
// edits the ImageController's request and shows it back.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sb {

class ImageController;
struct ImageRequest;

class ImageControls : public QWidget {
    Q_OBJECT
public:
    explicit ImageControls(ImageController* controller, QWidget* parent = nullptr);

    QComboBox* kernelChooser() const { return kernel_; }
    QSpinBox* seedBox() const { return seed_; }

signals:
    void openImageRequested();

private:
    void showRequest(const ImageRequest& request);
    void chooseKernel();

    ImageController* controller_;
    QLabel* photo_;
    QPushButton* open_;
    QComboBox* kernel_;
    QSpinBox* seed_;
    QString npyPath_;
};

} // namespace sb
