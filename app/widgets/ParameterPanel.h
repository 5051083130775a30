// SPDX-License-Identifier: MIT
// ParameterPanel: every argument of nn.ConvTranspose2d (or 1d) and of its forward() call as editable
// fields, with PyTorch's message shown next to the field it is about. Edits go to the
// DocumentController as whole new configs; the panel redraws itself from the document.
#pragma once

#include "app/config/ConfigFile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sb {

class DocumentController;
class SizePairEditor;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(DocumentController* document, QWidget* parent = nullptr);

private:
    // One labelled row of the grid plus the (hidden) error label under it, registered under the
    // argument name that TorchError::argument() uses.
    void addRow(QGridLayout* grid, const QString& argument, QWidget* label, QWidget* field);
    QSpinBox* makeCountBox(const QString& argument, int minimum, int maximum, const QString& toolTip);
    SizePairEditor* makePair(const QString& argument, int minimum, int maximum, const QString& toolTip);

    void refresh();
    void relink();
    void showValidity(const QString& message, const QString& argument);
    void showMessages();

    // Sends config as one edit; with followTensors the input, weight and bias are first resized
    // to the new arguments (see TensorResize).
    void submit(ConfigFile config, const QString& description, bool followTensors);
    void editCount(std::int64_t ConvTransposeParams::*field, int value, const QString& argument);
    void editPair(Size2 ConvTransposeParams::*field, Size2 value, const QString& argument, bool followTensors);
    void editBias(bool enabled);
    void editBiasValues(const QString& text);
    void editOutputSize();
    void editInput(int batch, Size2 size);
    // Switches between ConvTranspose2d and ConvTranspose1d as one undoable edit (see
    // ConvModuleConversion for what is kept).
    void editModule(int index);

    DocumentController* document_;

    QGroupBox* moduleBox_ = nullptr;
    QComboBox* module_;
    QLabel* inputLabel_ = nullptr;
    QSpinBox* inChannels_;
    QSpinBox* outChannels_;
    QSpinBox* groups_;
    SizePairEditor* kernelSize_;
    SizePairEditor* stride_;
    SizePairEditor* padding_;
    SizePairEditor* outputPadding_;
    SizePairEditor* dilation_;
    QCheckBox* bias_;
    QLineEdit* biasValues_;
    QSpinBox* batch_;
    SizePairEditor* inputSize_;
    QCheckBox* outputSizeEnabled_;
    SizePairEditor* outputSize_;
    QLabel* outputShape_;
    QLabel* generalMessage_;

    QHash<QString, QLabel*> errorLabels_;        // argument → red label under its row
    QHash<QString, QList<QWidget*>> fieldsOf_;   // argument → the fields tinted with its error
    QString message_;
    QString argument_;
    QString biasParseError_;  // the bias values text could not be read; the document keeps the last good ones
};

} // namespace sb
