// SPDX-License-Identifier: MIT
#include "app/gui/OpenModelDialog.h"

#include "core/TensorFill.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb {

namespace {

// The usual decoder settings, by kernel size: DCGAN's k4 s2 p1, k3 s2 p1 op1, k2 s2.
struct DecoderPreset {
    const char* label;
    int kernel, stride, padding, outputPadding;
};
constexpr DecoderPreset kPresets[] = {
    {QT_TRANSLATE_NOOP("sb::OpenModelDialog", "k4 s2 p1 (DCGAN: doubles the size)"), 4, 2, 1, 0},
    {QT_TRANSLATE_NOOP("sb::OpenModelDialog", "k3 s2 p1 op1 (doubles the size)"), 3, 2, 1, 1},
    {QT_TRANSLATE_NOOP("sb::OpenModelDialog", "k2 s2 (doubles the size, no overlap)"), 2, 2, 0, 0},
};

} // namespace

OpenModelDialog::OpenModelDialog(ModelFile model, ConfigFile current, QWidget* parent)
    : QDialog(parent), model_(std::move(model)), candidates_(model_.candidates()), current_(std::move(current))
{
    setWindowTitle(tr("Open Model Layer"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The ConvTranspose2d candidates in %1 (%2): each a 4-D weight (in_channels, "
                                    "out_channels, kH, kW), with its bias if it has one.")
                                     .arg(QFileInfo(model_.source).fileName(), model_.format)));
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Layers in the model"));
    for (const LayerCandidate& c : candidates_) {
        const QString bias = c.bias.isEmpty() ? tr("no bias") : tr("bias %1").arg(c.bias);
        list_->addItem(tr("%1: %2 → %3 channels, kernel %4×%5, %6")
                           .arg(c.weight)
                           .arg(c.inChannels)
                           .arg(c.outChannels)
                           .arg(c.kernelH)
                           .arg(c.kernelW)
                           .arg(bias));
    }
    layout->addWidget(list_);

    auto* form = new QFormLayout;
    layout->addWidget(new QLabel(tr("A state_dict does not hold the stride or the padding: give the layer's.")));
    presets_ = new QComboBox(this);
    for (const DecoderPreset& p : kPresets)
        presets_->addItem(tr(p.label));
    presets_->addItem(tr("Other"));
    presets_->setToolTip(tr("The usual decoder settings"));
    form->addRow(tr("&Settings:"), presets_);
    const auto spin = [this](int minimum, const QString& tip) {
        auto* box = new QSpinBox(this);
        box->setRange(minimum, 64);
        box->setToolTip(tip);
        return box;
    };
    stride_ = spin(1, tr("stride, both axes"));
    padding_ = spin(0, tr("padding, both axes"));
    outputPadding_ = spin(0, tr("output_padding, both axes (smaller than the stride)"));
    form->addRow(tr("&stride:"), stride_);
    form->addRow(tr("&padding:"), padding_);
    form->addRow(tr("&output_padding:"), outputPadding_);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Layer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, [this] { candidateChosen(); });
    connect(list_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(presets_, &QComboBox::activated, this, [this] { presetChosen(); });
    const auto other = [this] {
        for (int i = 0; i < static_cast<int>(std::size(kPresets)); ++i)
            if (stride_->value() == kPresets[i].stride && padding_->value() == kPresets[i].padding
                && outputPadding_->value() == kPresets[i].outputPadding) {
                presets_->setCurrentIndex(i);
                return;
            }
        presets_->setCurrentIndex(presets_->count() - 1);
    };
    for (QSpinBox* box : {stride_, padding_, outputPadding_})
        connect(box, &QSpinBox::valueChanged, this, other);
    // The last candidate first: a generator's last layer is the one that draws the picture.
    choose(static_cast<int>(candidates_.size()) - 1);
}

void OpenModelDialog::choose(int index)
{
    list_->setCurrentRow(index);
}

void OpenModelDialog::candidateChosen()
{
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(candidates_.size()))
        return;
    for (int i = 0; i < static_cast<int>(std::size(kPresets)); ++i)
        if (kPresets[i].kernel == candidates_[static_cast<std::size_t>(row)].kernelH) {
            presets_->setCurrentIndex(i);
            presetChosen();
            return;
        }
}

void OpenModelDialog::presetChosen()
{
    const int i = presets_->currentIndex();
    if (i < 0 || i >= static_cast<int>(std::size(kPresets)))
        return;
    stride_->setValue(kPresets[i].stride);
    padding_->setValue(kPresets[i].padding);
    outputPadding_->setValue(kPresets[i].outputPadding);
}

void OpenModelDialog::setStride(int stride) { stride_->setValue(stride); }
void OpenModelDialog::setPadding(int padding) { padding_->setValue(padding); }
void OpenModelDialog::setOutputPadding(int outputPadding) { outputPadding_->setValue(outputPadding); }

ConfigFile OpenModelDialog::config() const
{
    ConfigFile config = current_;
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(candidates_.size()))
        return config;
    const LayerCandidate& c = candidates_[static_cast<std::size_t>(row)];
    ConvTransposeProblem& p = config.problem;
    p.params.in_channels = c.inChannels;
    p.params.out_channels = c.outChannels;
    p.params.groups = 1;
    p.params.kernel_size = {c.kernelH, c.kernelW};
    p.params.stride = stride_->value();
    p.params.padding = padding_->value();
    p.params.output_padding = outputPadding_->value();
    p.params.dilation = 1;
    p.weight = model_.tensor(c.weight).values;
    p.params.bias = !c.bias.isEmpty();
    p.bias = p.params.bias ? toVector(model_.tensor(c.bias).values.values()) : std::vector<float>{};
    // The input stays when its channels fit the layer; otherwise a random 4×4 of its channels.
    const Tensor& input = p.input;
    const bool fits = (input.dim() == 4 && input.size(1) == c.inChannels) || (input.dim() == 3 && input.size(0) == c.inChannels);
    if (!fits)
        p.input = makeFilled({1, c.inChannels, 4, 4}, {FillKind::Random, 0, 0});
    config.name = QFileInfo(model_.source).fileName() + QLatin1Char(':') + c.weight;
    const QString path = QFileInfo(model_.source).absoluteFilePath();
    config.inputNpy.clear();
    config.weightNpy.clear();
    config.weightModel = {path, c.weight};
    config.biasModel = c.bias.isEmpty() ? ConfigFile::ModelTensorSource{} : ConfigFile::ModelTensorSource{path, c.bias};
    if (!fits)
        config.inputModel = {};
    config.modelFiles = QStringList{path};
    return config;
}

} // namespace sb
