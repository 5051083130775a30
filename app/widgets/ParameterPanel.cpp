// SPDX-License-Identifier: MIT
// ParameterPanel: ranges deliberately admit values PyTorch rejects (stride 0, dilation 0,
// output_padding ≥ stride, padding too large for the output) so learners can see its message;
// they stop at 1 for channels, kernel and input sizes, whose zero would make empty tensors, which
// PyTorch reports too but which teach nothing about the layer.
#include "app/widgets/ParameterPanel.h"

#include "app/controller/DocumentController.h"
#include "app/controller/ModuleSwitch.h"
#include "app/controller/TensorResize.h"
#include "app/widgets/SizePairEditor.h"
#include "app/widgets/ValueText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kMaxChannels = 64;
constexpr int kMaxKernel = 16;
constexpr int kMaxInput = 64;
constexpr int kMaxBatch = 16;

// Invalid fields and error text in one red family, set through palettes rather than a style
// sheet, which would make the style draw spin boxes without their native arrows.
const QColor kInvalidBase(0xfd, 0xec, 0xea);
const QColor kInvalidFrame(0xe0, 0x6c, 0x60);  // Fusion outlines a field in its Window colour, darkened
const QColor kErrorText(0xb0, 0x3a, 0x2e);

QString biasText(const std::vector<float>& values)
{
    QStringList parts;
    for (float v : values)
        parts.append(ValueText::exact(v));
    return parts.join(QStringLiteral(", "));
}

// "0.5, -1, nan": values separated by commas, semicolons and/or spaces.
std::optional<std::vector<float>> parseBias(const QString& text, QString* bad)
{
    std::vector<float> values;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<float> v = ValueText::parse(part);
        if (!v) {
            *bad = part;
            return std::nullopt;
        }
        values.push_back(*v);
    }
    return values;
}

void setInvalid(QWidget* field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    if (!invalid) {
        field->setPalette(QPalette());  // an empty resolve mask: back to the inherited palette
        return;
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, kInvalidBase);
    palette.setColor(QPalette::Window, kInvalidFrame);
    field->setPalette(palette);
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorText);
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

// Widens the box's range to hold a value from a file instead of clamping it away.
void showCount(QSpinBox* box, std::int64_t value, int minimum, int maximum)
{
    box->setRange(static_cast<int>(std::min<std::int64_t>(minimum, value)),
                  static_cast<int>(std::max<std::int64_t>(maximum, value)));
    box->setValue(static_cast<int>(value));
}

} // namespace

ParameterPanel::ParameterPanel(DocumentController* document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      module_(new QComboBox),
      inChannels_(makeCountBox(QStringLiteral("in_channels"), 1, kMaxChannels,
                               tr("in_channels: number of channels in the input image."))),
      outChannels_(makeCountBox(QStringLiteral("out_channels"), 1, kMaxChannels,
                                tr("out_channels: number of channels produced by the convolution."))),
      groups_(makeCountBox(QStringLiteral("groups"), 0, kMaxChannels,
                           tr("groups: number of blocked connections from input channels to output channels; "
                              "each group of in_channels/groups inputs feeds only its own out_channels/groups "
                              "outputs."))),
      kernelSize_(makePair(QStringLiteral("kernel_size"), 1, kMaxKernel,
                           tr("kernel_size: size of the convolving kernel (kH, kW)."))),
      stride_(makePair(QStringLiteral("stride"), 0, 10,
                       tr("stride: stride of the convolution — how far apart neighbouring input elements "
                          "place their copies of the kernel in the output."))),
      padding_(makePair(QStringLiteral("padding"), -1, 20,
                        tr("padding: dilation·(kernel_size − 1) − padding zero-padding is added to both sides "
                           "of the input; in the scatter picture, padding rows and columns are cropped off "
                           "each side of the output."))),
      outputPadding_(makePair(QStringLiteral("output_padding"), -1, 10,
                              tr("output_padding: additional size added to one side of each dimension in the "
                                 "output shape; it must be smaller than stride or dilation."))),
      dilation_(makePair(QStringLiteral("dilation"), 0, 10,
                         tr("dilation: spacing between kernel elements (the à trous algorithm)."))),
      bias_(new QCheckBox(tr("bias"))),
      biasValues_(new QLineEdit),
      batch_(makeCountBox(QStringLiteral("batch"), 0, kMaxBatch,
                          tr("N, the batch size. \"unbatched\" passes a (C, H, W) input, and PyTorch then "
                             "drops N from the output too."))),
      inputSize_(makePair(QStringLiteral("input"), 1, kMaxInput, tr("H_in, W_in: the height and width of "
                                                                     "every input plane."))),
      outputSizeEnabled_(new QCheckBox(tr("output_size"))),
      outputSize_(makePair(QStringLiteral("output_size"), 1, 4 * kMaxInput,
                           tr("output_size passed to forward(): PyTorch then chooses output_padding to "
                              "reach it, between the smallest and largest size the arguments allow."))),
      outputShape_(new QLabel),
      generalMessage_(errorLabel(QStringLiteral("generalMessage")))
{
    batch_->setSpecialValueText(tr("unbatched"));
    bias_->setObjectName(QStringLiteral("bias"));
    bias_->setToolTip(tr("bias: if True, adds a learnable bias to the output, one value per output channel."));
    biasValues_->setObjectName(QStringLiteral("bias.values"));
    biasValues_->setAccessibleName(tr("bias values"));
    biasValues_->setPlaceholderText(tr("one value per output channel, e.g. 0, 0.5"));
    biasValues_->setToolTip(tr("The bias values, out_channels of them, separated by commas (nan, inf and "
                               "-inf are accepted)."));
    outputSizeEnabled_->setObjectName(QStringLiteral("output_size.enabled"));
    outputSizeEnabled_->setToolTip(outputSize_->toolTip());
    outputShape_->setObjectName(QStringLiteral("outputShape"));
    outputShape_->setToolTip(tr("The shape of the output, as PyTorch's output.size() prints it."));
    outputShape_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    module_->setObjectName(QStringLiteral("module"));
    module_->addItem(QStringLiteral("ConvTranspose2d"));
    module_->addItem(QStringLiteral("ConvTranspose1d"));
    module_->setToolTip(tr("The module: ConvTranspose2d over (N, C, H, W) inputs, or ConvTranspose1d over (N, C, L) "
                           "sequences, whose arguments are single integers. Switching to 1-D keeps the input's first "
                           "row and the kernel's middle row; switching back gives the same layer with height 1."));
    auto* module = new QGroupBox;
    moduleBox_ = module;
    auto* moduleGrid = new QGridLayout(module);
    addRow(moduleGrid, QStringLiteral("module"), new QLabel(tr("module")), module_);
    addRow(moduleGrid, QStringLiteral("in_channels"), new QLabel(tr("in_channels")), inChannels_);
    addRow(moduleGrid, QStringLiteral("out_channels"), new QLabel(tr("out_channels")), outChannels_);
    addRow(moduleGrid, QStringLiteral("groups"), new QLabel(tr("groups")), groups_);
    addRow(moduleGrid, QStringLiteral("kernel_size"), new QLabel(tr("kernel_size")), kernelSize_);
    addRow(moduleGrid, QStringLiteral("stride"), new QLabel(tr("stride")), stride_);
    addRow(moduleGrid, QStringLiteral("padding"), new QLabel(tr("padding")), padding_);
    addRow(moduleGrid, QStringLiteral("output_padding"), new QLabel(tr("output_padding")), outputPadding_);
    addRow(moduleGrid, QStringLiteral("dilation"), new QLabel(tr("dilation")), dilation_);
    addRow(moduleGrid, QStringLiteral("bias"), bias_, biasValues_);

    auto* call = new QGroupBox(tr("forward(input, output_size)"));
    auto* callGrid = new QGridLayout(call);
    addRow(callGrid, QStringLiteral("batch"), new QLabel(tr("batch N")), batch_);
    inputLabel_ = new QLabel;
    addRow(callGrid, QStringLiteral("input"), inputLabel_, inputSize_);
    addRow(callGrid, QStringLiteral("output_size"), outputSizeEnabled_, outputSize_);
    fieldsOf_[QStringLiteral("input")].append(batch_);  // "input" messages concern its shape as a whole

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(module);
    layout->addWidget(call);
    layout->addWidget(outputShape_);
    layout->addWidget(generalMessage_);
    layout->addStretch(1);

    // Keyboard order follows the rows top to bottom, each pair height → link → width.
    QList<QWidget*> order = {module_, inChannels_, outChannels_, groups_};
    for (SizePairEditor* pair : {kernelSize_, stride_, padding_, outputPadding_, dilation_})
        order.append(pair->focusChain());
    order.append({bias_, biasValues_, batch_});
    order.append(inputSize_->focusChain());
    order.append(outputSizeEnabled_);
    order.append(outputSize_->focusChain());
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    using Params = ConvTransposeParams;
    connect(module_, &QComboBox::activated, this, &ParameterPanel::editModule);
    connect(inChannels_, &QSpinBox::valueChanged, this,
            [this](int v) { editCount(&Params::in_channels, v, QStringLiteral("in_channels")); });
    connect(outChannels_, &QSpinBox::valueChanged, this,
            [this](int v) { editCount(&Params::out_channels, v, QStringLiteral("out_channels")); });
    connect(groups_, &QSpinBox::valueChanged, this,
            [this](int v) { editCount(&Params::groups, v, QStringLiteral("groups")); });
    connect(kernelSize_, &SizePairEditor::edited, this,
            [this](Size2 v) { editPair(&Params::kernel_size, v, QStringLiteral("kernel_size"), true); });
    connect(stride_, &SizePairEditor::edited, this,
            [this](Size2 v) { editPair(&Params::stride, v, QStringLiteral("stride"), false); });
    connect(padding_, &SizePairEditor::edited, this,
            [this](Size2 v) { editPair(&Params::padding, v, QStringLiteral("padding"), false); });
    connect(outputPadding_, &SizePairEditor::edited, this,
            [this](Size2 v) { editPair(&Params::output_padding, v, QStringLiteral("output_padding"), false); });
    connect(dilation_, &SizePairEditor::edited, this,
            [this](Size2 v) { editPair(&Params::dilation, v, QStringLiteral("dilation"), false); });
    connect(bias_, &QCheckBox::toggled, this, &ParameterPanel::editBias);
    connect(biasValues_, &QLineEdit::textEdited, this, &ParameterPanel::editBiasValues);
    connect(batch_, &QSpinBox::valueChanged, this, [this](int n) { editInput(n, inputSize_->value()); });
    connect(inputSize_, &SizePairEditor::edited, this, [this](Size2 size) { editInput(batch_->value(), size); });
    connect(outputSizeEnabled_, &QCheckBox::toggled, this, &ParameterPanel::editOutputSize);
    connect(outputSize_, &SizePairEditor::edited, this, &ParameterPanel::editOutputSize);

    // Leaving a field closes its burst of edits, so the next change is its own undo step.
    for (QSpinBox* box : {inChannels_, outChannels_, groups_, batch_})
        connect(box, &QSpinBox::editingFinished, document_, &DocumentController::endEditBurst);
    for (SizePairEditor* pair : {kernelSize_, stride_, padding_, outputPadding_, dilation_, inputSize_, outputSize_})
        connect(pair, &SizePairEditor::editingFinished, document_, &DocumentController::endEditBurst);
    connect(biasValues_, &QLineEdit::editingFinished, document_, &DocumentController::endEditBurst);

    connect(document_, &DocumentController::configChanged, this, &ParameterPanel::refresh);
    connect(document_, &DocumentController::documentReplaced, this, &ParameterPanel::relink);
    connect(document_, &DocumentController::validityChanged, this, &ParameterPanel::showValidity);

    refresh();
    relink();
    showValidity(document_->validityMessage(), document_->invalidArgument());
}

QSpinBox* ParameterPanel::makeCountBox(const QString& argument, int minimum, int maximum, const QString& toolTip)
{
    auto* box = new QSpinBox;
    box->setObjectName(argument);
    box->setRange(minimum, maximum);
    box->setToolTip(toolTip);
    box->setAccessibleName(argument);  // until addRow names it after its label
    return box;
}

SizePairEditor* ParameterPanel::makePair(const QString& argument, int minimum, int maximum, const QString& toolTip)
{
    auto* pair = new SizePairEditor(argument, minimum, maximum);
    pair->setToolTip(toolTip);
    pair->setToolTips(toolTip + tr(" Height (first value)."), toolTip + tr(" Width (second value)."));
    return pair;
}

void ParameterPanel::addRow(QGridLayout* grid, const QString& argument, QWidget* label, QWidget* field)
{
    const int row = grid->rowCount();
    if (label->toolTip().isEmpty())
        label->setToolTip(field->toolTip());
    if (auto* text = qobject_cast<QLabel*>(label)) {
        text->setBuddy(field);
        if (qobject_cast<QAbstractSpinBox*>(field))
            field->setAccessibleName(text->text());  // what a screen reader says for the row
    }
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row, 1);

    QLabel* error = errorLabel(argument + QStringLiteral(".error"));
    grid->addWidget(error, row + 1, 1);
    errorLabels_.insert(argument, error);

    QList<QWidget*> fields = field->findChildren<QWidget*>();
    fields.append(field);
    fields.removeIf([](QWidget* w) { return !qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QLineEdit*>(w); });
    fieldsOf_[argument].append(fields);
}

void ParameterPanel::refresh()
{
    const ConvTransposeProblem& problem = document_->problem();
    const ConvTransposeParams& p = problem.params;
    {
        const QSignalBlocker b1(inChannels_), b2(outChannels_), b3(groups_), b4(batch_), b5(bias_),
            b6(outputSizeEnabled_), b7(biasValues_), b8(module_);
        const bool oneD = p.is1d();
        module_->setCurrentIndex(oneD ? 1 : 0);
        moduleBox_->setTitle(oneD ? tr("nn.ConvTranspose1d(…)") : tr("nn.ConvTranspose2d(…)"));
        inputLabel_->setText(oneD ? tr("input length L") : tr("input H × W"));
        for (SizePairEditor* pair : {kernelSize_, stride_, padding_, outputPadding_, dilation_, inputSize_, outputSize_})
            pair->setSingleAxis(oneD);
        showCount(inChannels_, p.in_channels, 1, kMaxChannels);
        showCount(outChannels_, p.out_channels, 1, kMaxChannels);
        showCount(groups_, p.groups, 0, kMaxChannels);
        kernelSize_->setValue(p.kernel_size);
        stride_->setValue(p.stride);
        padding_->setValue(p.padding);
        outputPadding_->setValue(p.output_padding);
        dilation_->setValue(p.dilation);

        bias_->setChecked(p.bias);
        biasValues_->setEnabled(p.bias);
        // Keep the user's own spelling ("1,2" or "1.0, 2") while it means the document's values.
        QString unused;
        const std::optional<std::vector<float>> shown = parseBias(biasValues_->text(), &unused);
        if (!shown || *shown != problem.bias)  // NaN never compares equal: rewritten, harmlessly
            biasValues_->setText(biasText(problem.bias));
        biasParseError_.clear();

        const Shape& input = problem.input.shape();
        const auto rank = input.size();
        const std::size_t batchedRank = oneD ? 3 : 4;
        showCount(batch_, rank == batchedRank ? input[0] : 0, 0, kMaxBatch);
        if (oneD && rank >= 1)
            inputSize_->setValue({1, input[rank - 1]});
        else if (rank >= 2)
            inputSize_->setValue({input[rank - 2], input[rank - 1]});

        outputSizeEnabled_->setChecked(problem.output_size.has_value());
        outputSize_->setEnabled(problem.output_size.has_value());
        if (oneD && problem.output_size && !problem.output_size->empty()) {
            outputSize_->setValue({1, problem.output_size->back()});
        } else if (problem.output_size && problem.output_size->size() >= 2) {
            const auto& size = *problem.output_size;
            outputSize_->setValue({size[size.size() - 2], size[size.size() - 1]});
        } else if (!problem.output_size && document_->geometry()) {
            // Ticking output_size then starts from the size the arguments give now.
            outputSize_->setValue(document_->geometry()->output);
        }
    }

    if (const auto& geometry = document_->geometry())
        outputShape_->setText(tr("output: %1").arg(QString::fromStdString(formatShape(geometry->outputShape()))));
    else
        outputShape_->setText(tr("output: —"));
    showMessages();
}

void ParameterPanel::relink()
{
    // A new document starts with each pair linked exactly when its two values agree.
    for (SizePairEditor* pair : {kernelSize_, stride_, padding_, outputPadding_, dilation_, inputSize_, outputSize_})
        pair->setLinked(pair->value().h == pair->value().w);
}

void ParameterPanel::showValidity(const QString& message, const QString& argument)
{
    message_ = message;
    argument_ = argument;
    showMessages();
}

void ParameterPanel::showMessages()
{
    for (auto it = errorLabels_.begin(); it != errorLabels_.end(); ++it) {
        it.value()->hide();
        it.value()->clear();
    }
    for (const QList<QWidget*>& fields : std::as_const(fieldsOf_))
        for (QWidget* field : fields)
            setInvalid(field, false);

    const auto mark = [this](const QString& argument, const QString& message) {
        QLabel* label = errorLabels_.value(argument);
        if (!label)
            return false;
        label->setText(message);
        label->show();
        for (QWidget* field : fieldsOf_.value(argument))
            setInvalid(field, true);
        return true;
    };

    const bool placed = message_.isEmpty() || mark(argument_, message_);
    generalMessage_->setText(placed ? QString() : message_);
    generalMessage_->setVisible(!placed);
    if (!biasParseError_.isEmpty()) {
        errorLabels_.value(QStringLiteral("bias"))->setText(biasParseError_);
        errorLabels_.value(QStringLiteral("bias"))->show();
        setInvalid(biasValues_, true);
    }
}

void ParameterPanel::submit(ConfigFile config, const QString& description, bool followTensors)
{
    if (followTensors)
        config.problem = withTensorsFollowingArguments(std::move(config.problem));
    document_->edit(config, description);
}

void ParameterPanel::editCount(std::int64_t ConvTransposeParams::*field, int value, const QString& argument)
{
    ConfigFile config = document_->config();
    config.problem.params.*field = value;
    submit(std::move(config), tr("Change %1").arg(argument), true);
}

void ParameterPanel::editPair(Size2 ConvTransposeParams::*field, Size2 value, const QString& argument,
                              bool followTensors)
{
    ConfigFile config = document_->config();
    config.problem.params.*field = value;
    submit(std::move(config), tr("Change %1").arg(argument), followTensors);
}

void ParameterPanel::editBias(bool enabled)
{
    ConfigFile config = document_->config();
    config.problem.params.bias = enabled;
    submit(std::move(config), enabled ? tr("Turn bias on") : tr("Turn bias off"), true);
}

void ParameterPanel::editBiasValues(const QString& text)
{
    QString bad;
    const std::optional<std::vector<float>> values = parseBias(text, &bad);
    if (!values) {
        // The document keeps its last readable values; the text stays for the user to fix.
        biasParseError_ = tr("bias: cannot read \"%1\" as a number").arg(bad);
        showMessages();
        return;
    }
    biasParseError_.clear();
    ConfigFile config = document_->config();
    config.problem.bias = *values;  // a count other than out_channels is PyTorch's message to give
    document_->edit(config, tr("Change bias values"));
    showMessages();
}

void ParameterPanel::editOutputSize()
{
    ConfigFile config = document_->config();
    if (!outputSizeEnabled_->isChecked()) {
        config.problem.output_size.reset();
        document_->edit(config, tr("Remove output_size"));
        return;
    }
    // A file may give output_size with N and C (4 or 3 elements): only the spatial part changes.
    std::vector<std::int64_t> size = config.problem.output_size.value_or(std::vector<std::int64_t>{});
    const std::size_t spatial = config.problem.params.is1d() ? 1 : 2;
    if (size.size() < spatial)
        size.assign(spatial, 0);
    if (spatial == 2)
        size[size.size() - 2] = outputSize_->value().h;
    size[size.size() - 1] = outputSize_->value().w;
    config.problem.output_size = size;
    document_->edit(config, tr("Change output_size"));
}

void ParameterPanel::editInput(int batch, Size2 size)
{
    ConfigFile config = document_->config();
    const std::int64_t channels = config.problem.params.in_channels;
    Shape shape = batch == 0 ? Shape{channels, size.h, size.w} : Shape{batch, channels, size.h, size.w};
    if (config.problem.params.is1d())
        shape.erase(shape.end() - 2);  // (N, C, L)
    config.problem.input = resizedKeeping(config.problem.input, shape);
    submit(std::move(config), tr("Change input shape"), true);
}

void ParameterPanel::editModule(int index)
{
    const ConvModule module = index == 1 ? ConvModule::ConvTranspose1d : ConvModule::ConvTranspose2d;
    if (document_->problem().params.module == module)
        return;
    document_->edit(withModule(document_->config(), module),
                    module == ConvModule::ConvTranspose1d ? tr("Switch to ConvTranspose1d") : tr("Switch to ConvTranspose2d"));
    document_->endEditBurst();
    relink();
}

} // namespace sb
