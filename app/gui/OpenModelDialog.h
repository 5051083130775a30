// SPDX-License-Identifier: MIT
// OpenModelDialog: File → Open Model…'s second step. The model file is read; this lists its
// ConvTranspose2d candidates (a 4-D weight, with its bias when it has one) and lets the user pick
// one. A state_dict holds no stride or padding, so the dialog asks for them, offering the usual
// decoder settings (k4 s2 p1, k3 s2 p1 op1, k2 s2) and choosing the one that fits the kernel.
// config() is then the current config with that layer's channels, kernel, weight and bias, ready
// for DocumentController::edit; the input is kept when its channels fit, else a random 4×4.
#pragma once

#include "app/config/ConfigFile.h"
#include "app/config/ModelFile.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace sb {

class OpenModelDialog : public QDialog {
    Q_OBJECT

public:
    OpenModelDialog(ModelFile model, ConfigFile current, QWidget* parent = nullptr);

    // For tests and the menu: pick candidate `index` (in model.candidates() order) and settings.
    void choose(int index);
    void setStride(int stride);
    void setPadding(int padding);
    void setOutputPadding(int outputPadding);

    ConfigFile config() const;

private:
    void candidateChosen();
    void presetChosen();

    ModelFile model_;
    std::vector<LayerCandidate> candidates_;
    ConfigFile current_;
    QListWidget* list_ = nullptr;
    QComboBox* presets_ = nullptr;
    QSpinBox* stride_ = nullptr;
    QSpinBox* padding_ = nullptr;
    QSpinBox* outputPadding_ = nullptr;
};

} // namespace sb
