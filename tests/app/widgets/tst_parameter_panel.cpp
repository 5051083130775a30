// SPDX-License-Identifier: MIT
// ParameterPanel driven through its real widgets: PyTorch's message appears next to the field it
// is about while the typed value stays, undo brings values back, linked pairs move together and
// channel/kernel changes resize the tensors. Starts on the demo (seed 004: 4x4 ones, kernel 1..16,
// stride 2, padding 1, output 8x8).
#include "app/controller/DocumentController.h"
#include "app/widgets/ParameterPanel.h"

#include "TestMain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

#include <memory>

using sb::DocumentController;
using sb::ParameterPanel;

class ParameterPanelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void strideZeroShowsPyTorchsMessageNextToStrideAndKeepsTheLastRecord();
    void invalidValueShowsItsMessageInItsRow_data();
    void invalidValueShowsItsMessageInItsRow();
    void validEditUpdatesTheOutputShape();
    void typingTwoDigitsIsOneUndoStep();
    void linkToggleOnKernelSetsBothAxes();
    void changingInChannelsResizesTheWeightAndInput();
    void groupsThatDoNotDivideOutChannelsKeepTheWeight();
    void batchZeroMeansUnbatched();
    void biasValuesAreEditableAndCheckedByPyTorch();
    void outputSizeChoosesOutputPadding();
    void openingADocumentRelinksPairsThatAgree();
    void everyFieldHasATooltip();
    void tabOrderFollowsTheRows();
    void switchingToConvTranspose1dKeepsTheStripsSlice();

private:
    template <typename T>
    T* field(const char* name) const
    {
        T* widget = panel_->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no field named %s", name);
        return widget;
    }
    QLabel* errorOf(const char* argument) const
    {
        return field<QLabel>((QByteArray(argument) + ".error").constData());
    }
    // What a user does: select the box's text and type over it.
    static void typeInto(QWidget* box, const QString& text)
    {
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(box))
            spin->selectAll();
        else if (auto* line = qobject_cast<QLineEdit*>(box))
            line->selectAll();
        QTest::keyClicks(box, text);
    }

    // Pixels of the rendered widget whose red clearly dominates: the error tint, nothing else
    // in the default palette.
    static int reddishPixels(QWidget* widget)
    {
        const QImage image = widget->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += c.red() - c.green() > 12 && c.red() - c.blue() > 12;
            }
        return count;
    }

    std::unique_ptr<DocumentController> document_;
    std::unique_ptr<ParameterPanel> panel_;
};

void ParameterPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Scatterboard"), QStringLiteral("scatterboard")).clear();
}

void ParameterPanelTest::init()
{
    document_ = std::make_unique<DocumentController>();
    panel_ = std::make_unique<ParameterPanel>(document_.get());
    panel_->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
}

void ParameterPanelTest::cleanup()
{
    panel_.reset();
    document_.reset();
}

void ParameterPanelTest::strideZeroShowsPyTorchsMessageNextToStrideAndKeepsTheLastRecord()
{
    auto* strideH = field<QSpinBox>("stride.h");
    auto* strideW = field<QSpinBox>("stride.w");
    const auto validRecord = document_->record();

    typeInto(strideH, QStringLiteral("0"));

    QCOMPARE(strideH->text(), QStringLiteral("0"));
    QCOMPARE(strideW->value(), 0);  // linked
    QCOMPARE(document_->problem().params.stride, sb::Size2(0));
    QVERIFY(errorOf("stride")->isVisible());
    QCOMPARE(errorOf("stride")->text(), QStringLiteral("non-positive stride is not supported"));
    QVERIFY(strideH->property("invalid").toBool());
    QVERIFY(strideW->property("invalid").toBool());
    QVERIFY(!errorOf("padding")->isVisible());
    QVERIFY(!field<QSpinBox>("padding.h")->property("invalid").toBool());
    QVERIFY2(reddishPixels(strideH) > 50, "the invalid stride field is drawn tinted");
    QCOMPARE(reddishPixels(field<QSpinBox>("padding.h")), 0);
    QVERIFY(!field<QLabel>("generalMessage")->isVisible());
    QCOMPARE(document_->record(), validRecord);
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: —"));

    document_->undoStack()->undo();
    QCOMPARE(strideH->value(), 2);
    QCOMPARE(strideW->value(), 2);
    QVERIFY(!errorOf("stride")->isVisible());
    QVERIFY(!strideH->property("invalid").toBool());
    QCOMPARE(reddishPixels(strideH), 0);
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 1, 8, 8]"));
}

void ParameterPanelTest::invalidValueShowsItsMessageInItsRow_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("dilation 0 is reported under dilation")
        << "dilation.h" << "0" << "dilation"
        << "dilation should be greater than zero, but got dilation_height: 0, dilation_width: 0";
    QTest::newRow("output_padding 2 with stride 2 is reported under output_padding")
        << "output_padding.h" << "2" << "output_padding"
        << "output padding must be smaller than either stride or dilation, but got output_padding_height: 2 "
           "output_padding_width: 2 stride_height: 2 stride_width: 2 dilation_height: 1 dilation_width: 1";
    QTest::newRow("padding 9 leaves no output and is reported under padding")
        << "padding.h" << "9" << "padding"
        << "Given input size per channel: (4 x 4). Calculated output size per channel: (-8 x -8). Output size is too small";
    QTest::newRow("padding -1 is negative") << "padding.h" << "-1" << "padding" << "negative padding is not supported";
    QTest::newRow("groups 0 is not positive") << "groups" << "0" << "groups" << "groups must be a positive integer";
    QTest::newRow("groups 2 with one input channel is reported under in_channels")
        << "groups" << "2" << "in_channels" << "in_channels must be divisible by groups";
}

void ParameterPanelTest::invalidValueShowsItsMessageInItsRow()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, row);
    QFETCH(QString, message);

    auto* box = field<QSpinBox>(qPrintable(fieldName));
    typeInto(box, typed);
    QCOMPARE(box->text(), typed);
    QLabel* error = errorOf(qPrintable(row));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(document_->invalidArgument(), row);
    const QList<QLabel*> shown = panel_->findChildren<QLabel*>(QRegularExpression(QStringLiteral("\\.error$")));
    QCOMPARE(std::count_if(shown.begin(), shown.end(), [](QLabel* l) { return l->isVisible(); }), 1);
}

void ParameterPanelTest::validEditUpdatesTheOutputShape()
{
    typeInto(field<QSpinBox>("output_padding.h"), QStringLiteral("1"));
    QVERIFY(document_->isValid());
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 1, 9, 9]"));
}

void ParameterPanelTest::typingTwoDigitsIsOneUndoStep()
{
    typeInto(field<QSpinBox>("input.h"), QStringLiteral("12"));
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 1, 12, 12}));
    QCOMPARE(document_->undoStack()->count(), 1);
    document_->undoStack()->undo();
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 1, 4, 4}));
    QCOMPARE(field<QSpinBox>("input.w")->value(), 4);
}

void ParameterPanelTest::linkToggleOnKernelSetsBothAxes()
{
    auto* link = field<QToolButton>("kernel_size.link");
    QVERIFY(link->isChecked());  // 4x4: linked on opening

    typeInto(field<QSpinBox>("kernel_size.h"), QStringLiteral("3"));
    QCOMPARE(document_->problem().params.kernel_size, sb::Size2(3));
    // The weight keeps the values that still fit: the top-left 3x3 of 1..16.
    QCOMPARE(document_->problem().weight.shape(), (sb::Shape{1, 1, 3, 3}));
    QCOMPARE(document_->problem().weight.values(), (std::vector<float>{1, 2, 3, 5, 6, 7, 9, 10, 11}));

    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(!link->isChecked());
    typeInto(field<QSpinBox>("kernel_size.w"), QStringLiteral("2"));
    QCOMPARE(document_->problem().params.kernel_size, sb::Size2(3, 2));
    QCOMPARE(field<QSpinBox>("kernel_size.h")->value(), 3);
    QCOMPARE(document_->problem().weight.shape(), (sb::Shape{1, 1, 3, 2}));

    QTest::mouseClick(link, Qt::LeftButton);  // linking makes the width follow the height
    QCOMPARE(document_->problem().params.kernel_size, sb::Size2(3));
    QCOMPARE(field<QSpinBox>("kernel_size.w")->value(), 3);
    QCOMPARE(document_->problem().weight.values(), (std::vector<float>{1, 2, 1, 5, 6, 1, 9, 10, 1}));
}

void ParameterPanelTest::changingInChannelsResizesTheWeightAndInput()
{
    typeInto(field<QSpinBox>("in_channels"), QStringLiteral("2"));
    const sb::ConvTransposeProblem& problem = document_->problem();
    QCOMPARE(problem.input.shape(), (sb::Shape{1, 2, 4, 4}));
    QCOMPARE(problem.weight.shape(), (sb::Shape{2, 1, 4, 4}));
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(problem.weight.values()[static_cast<std::size_t>(i)], float(i + 1));  // kept
        QCOMPARE(problem.weight.values()[static_cast<std::size_t>(16 + i)], 1.0f);     // new: ones
    }
    QVERIFY(document_->isValid());
    QCOMPARE(document_->record()->geometry().in_channels, 2);
}

void ParameterPanelTest::groupsThatDoNotDivideOutChannelsKeepTheWeight()
{
    typeInto(field<QSpinBox>("in_channels"), QStringLiteral("2"));
    typeInto(field<QSpinBox>("groups"), QStringLiteral("2"));
    QCOMPARE(errorOf("out_channels")->text(), QStringLiteral("out_channels must be divisible by groups"));
    QVERIFY(field<QSpinBox>("out_channels")->property("invalid").toBool());
    QCOMPARE(document_->problem().weight.shape(), (sb::Shape{2, 1, 4, 4}));

    typeInto(field<QSpinBox>("out_channels"), QStringLiteral("4"));
    QVERIFY(document_->isValid());
    QCOMPARE(document_->problem().weight.shape(), (sb::Shape{2, 2, 4, 4}));
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 4, 8, 8]"));
}

void ParameterPanelTest::batchZeroMeansUnbatched()
{
    auto* batch = field<QSpinBox>("batch");
    QCOMPARE(batch->value(), 1);
    QTest::keyClick(batch, Qt::Key_Down);
    QCOMPARE(batch->text(), QStringLiteral("unbatched"));
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 4, 4}));
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 8, 8]"));

    typeInto(batch, QStringLiteral("3"));
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{3, 1, 4, 4}));
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [3, 1, 8, 8]"));
}

void ParameterPanelTest::biasValuesAreEditableAndCheckedByPyTorch()
{
    auto* values = field<QLineEdit>("bias.values");
    QVERIFY(!values->isEnabled());
    QTest::mouseClick(field<QCheckBox>("bias"), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(document_->problem().params.bias);
    QCOMPARE(document_->problem().bias, std::vector<float>{0.0f});
    QVERIFY(values->isEnabled());
    QCOMPARE(values->text(), QStringLiteral("0"));

    typeInto(values, QStringLiteral("0.5"));
    QCOMPARE(document_->problem().bias, std::vector<float>{0.5f});
    QCOMPARE(document_->record()->output().values()[0], 6.5f);  // seed 004's corner 6, plus the bias

    typeInto(values, QStringLiteral("1, 2"));
    QCOMPARE(document_->problem().bias, (std::vector<float>{1.0f, 2.0f}));
    QCOMPARE(errorOf("bias")->text(),
             QStringLiteral("Given transposed=1, weight of size [1, 1, 4, 4], expected bias to be 1-dimensional with 1 "
                            "elements, but got bias of size [2] instead"));

    typeInto(values, QStringLiteral("abc"));
    QCOMPARE(values->text(), QStringLiteral("abc"));
    QCOMPARE(document_->problem().bias, (std::vector<float>{1.0f, 2.0f}));
    QCOMPARE(errorOf("bias")->text(), QStringLiteral("bias: cannot read \"abc\" as a number"));
    QVERIFY(values->property("invalid").toBool());
}

void ParameterPanelTest::outputSizeChoosesOutputPadding()
{
    auto* enabled = field<QCheckBox>("output_size.enabled");
    QVERIFY(!field<QSpinBox>("output_size.h")->isEnabled());
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(document_->problem().output_size, (std::vector<std::int64_t>{8, 8}));  // starts at the current size
    QVERIFY(document_->isValid());

    typeInto(field<QSpinBox>("output_size.h"), QStringLiteral("9"));
    QCOMPARE(document_->problem().output_size, (std::vector<std::int64_t>{9, 9}));
    QCOMPARE(document_->geometry()->output_padding, sb::Size2(1));

    typeInto(field<QSpinBox>("output_size.h"), QStringLiteral("10"));
    QCOMPARE(errorOf("output_size")->text(),
             QStringLiteral("requested an output size of [10, 10], but valid sizes range from [8, 8] to [9, 9] "
                            "(for an input of torch.Size([4, 4]))"));

    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!document_->problem().output_size);
    QVERIFY(document_->isValid());
}

void ParameterPanelTest::openingADocumentRelinksPairsThatAgree()
{
    auto* link = field<QToolButton>("stride.link");
    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(!link->isChecked());
    typeInto(field<QSpinBox>("stride.w"), QStringLiteral("1"));
    document_->undoStack()->undo();  // back to 2x2, but the user's unlinking stands
    QVERIFY(!link->isChecked());

    QVERIFY(document_->loadPreset(QStringLiteral(":/presets/seed001-d2l-stride2.json")));
    QVERIFY(link->isChecked());
    QCOMPARE(field<QSpinBox>("kernel_size.h")->value(), 2);
    QCOMPARE(field<QSpinBox>("padding.h")->value(), 0);
}

void ParameterPanelTest::everyFieldHasATooltip()
{
    QList<QWidget*> fields;
    for (QAbstractSpinBox* w : panel_->findChildren<QAbstractSpinBox*>())
        fields.append(w);
    for (QCheckBox* w : panel_->findChildren<QCheckBox*>())
        fields.append(w);
    for (QToolButton* w : panel_->findChildren<QToolButton*>())
        fields.append(w);
    fields.append(field<QLineEdit>("bias.values"));
    QVERIFY(fields.size() > 20);
    for (QWidget* w : fields)
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
}

void ParameterPanelTest::tabOrderFollowsTheRows()
{
    QStringList expected = {QStringLiteral("in_channels"), QStringLiteral("out_channels"), QStringLiteral("groups")};
    for (const char* pair : {"kernel_size", "stride", "padding", "output_padding", "dilation"})
        for (const char* part : {".h", ".link", ".w"})
            expected.append(QLatin1String(pair) + QLatin1String(part));
    expected << QStringLiteral("bias") << QStringLiteral("bias.values") << QStringLiteral("batch")
             << QStringLiteral("input.h") << QStringLiteral("input.link") << QStringLiteral("input.w")
             << QStringLiteral("output_size.enabled") << QStringLiteral("output_size.h")
             << QStringLiteral("output_size.link") << QStringLiteral("output_size.w");

    QStringList visited;
    QWidget* w = field<QSpinBox>("in_channels");
    for (int steps = 0; steps < 500 && visited.size() < expected.size(); ++steps, w = w->nextInFocusChain())
        if (expected.contains(w->objectName()) && !visited.contains(w->objectName()))
            visited.append(w->objectName());
    QCOMPARE(visited, expected);
}

void ParameterPanelTest::switchingToConvTranspose1dKeepsTheStripsSlice()
{
    auto* module = field<QComboBox>("module");
    QCOMPARE(module->currentText(), QStringLiteral("ConvTranspose2d"));
    module->setFocus();
    QTest::keyClick(module, Qt::Key_Down);  // as a user picks the other entry from the keyboard
    const sb::ConvTransposeProblem& p = document_->problem();
    QVERIFY(p.params.is1d());
    // The demo's first input row and its kernel's middle row (ky = 2 of 1..16), stride 2, padding 1.
    QCOMPARE(p.input, sb::Tensor({1, 1, 4}, 1.0f));
    QCOMPARE(p.weight, sb::Tensor({1, 1, 4}, {9, 10, 11, 12}));
    QCOMPARE(p.params.stride.w, std::int64_t(2));
    QVERIFY(document_->isValid());
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 1, 8]"));
    QCOMPARE(panel_->findChildren<QGroupBox*>().first()->title(), QStringLiteral("nn.ConvTranspose1d(…)"));
    QVERIFY(!field<QSpinBox>("stride.h")->isVisible());
    QVERIFY(field<QSpinBox>("stride.w")->isVisible());

    // One undo step brings the 2-D layer back whole.
    QCOMPARE(document_->undoStack()->count(), 1);
    typeInto(field<QSpinBox>("input.w"), QStringLiteral("6"));
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 1, 6}));
    document_->undoStack()->undo();
    document_->undoStack()->undo();
    QVERIFY(!document_->problem().params.is1d());
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 1, 4, 4}));
    QVERIFY(field<QSpinBox>("stride.h")->isVisible());

    // Back from 1-D: the same layer with height 1.
    document_->undoStack()->redo();
    module->setFocus();
    QTest::keyClick(module, Qt::Key_Up);
    QVERIFY(!document_->problem().params.is1d());
    QCOMPARE(document_->problem().input.shape(), (sb::Shape{1, 1, 1, 4}));
    QCOMPARE(document_->problem().params.kernel_size, sb::Size2(1, 4));
    QCOMPARE(field<QLabel>("outputShape")->text(), QStringLiteral("output: [1, 1, 1, 8]"));
}

SB_TEST_MAIN(ParameterPanelTest)
#include "tst_parameter_panel.moc"
