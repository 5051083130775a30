// SPDX-License-Identifier: MIT
// TensorEditor and its plane model, driven through the table and the fill menu: values typed
// into cells (nan and inf included) become undoable edits, fills cover every plane, and the plane
// pickers follow the tensor's shape. Starts on the demo (seed 004: 4x4 ones, kernel 1..16).
#include "app/controller/DocumentController.h"
#include "app/controller/TensorResize.h"
#include "app/widgets/TensorEditor.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <cmath>
#include <memory>

using sb::DocumentController;
using sb::TensorEditor;

class TensorEditorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheInputPlane();
    void typingIntoACellIsAnUndoableEdit();
    void acceptsNanAndInfinities();
    void rejectsTextThatIsNoNumber();
    void weightPlaneShowsTheKernel();
    void fillsCoverEveryPlane_data();
    void fillsCoverEveryPlane();
    void planePickersFollowTheShape();
    void unbatchedInputHasNoBatchPicker();

private:
    // Types text into cell (row, column) the way a user does: open the editor, type, press Enter.
    void typeIntoCell(int row, int column, const QString& text);
    void editInChannels(std::int64_t channels);

    std::unique_ptr<DocumentController> document_;
    std::unique_ptr<TensorEditor> editor_;
    QTableView* table_ = nullptr;
};

void TensorEditorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Scatterboard"), QStringLiteral("scatterboard")).clear();
}

void TensorEditorTest::init()
{
    document_ = std::make_unique<DocumentController>();
    editor_ = std::make_unique<TensorEditor>(document_.get());
    editor_->resize(500, 300);
    editor_->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor_.get()));
    table_ = editor_->findChild<QTableView*>(QStringLiteral("plane"));
    QVERIFY(table_);
}

void TensorEditorTest::cleanup()
{
    editor_.reset();
    document_.reset();
}

void TensorEditorTest::typeIntoCell(int row, int column, const QString& text)
{
    const QModelIndex index = table_->model()->index(row, column);
    table_->setCurrentIndex(index);
    table_->edit(index);
    auto* cellEditor = table_->viewport()->findChild<QLineEdit*>();
    QVERIFY(cellEditor);
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, text);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    // The delegate commits through a queued call and deletes its editor later: let both happen.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!table_->viewport()->findChild<QLineEdit*>());
}

void TensorEditorTest::editInChannels(std::int64_t channels)
{
    sb::ConfigFile config = document_->config();
    config.problem.params.in_channels = channels;
    config.problem = sb::withTensorsFollowingArguments(config.problem);
    document_->edit(config, QStringLiteral("Change in_channels"));
}

void TensorEditorTest::showsTheInputPlane()
{
    QCOMPARE(table_->model()->rowCount(), 4);
    QCOMPARE(table_->model()->columnCount(), 4);
    QCOMPARE(table_->model()->index(2, 3).data().toString(), QStringLiteral("1"));
    QCOMPARE(table_->model()->index(2, 3).data(Qt::ToolTipRole).toString(), QStringLiteral("input[0, 0, 2, 3] = 1"));
}

void TensorEditorTest::typingIntoACellIsAnUndoableEdit()
{
    typeIntoCell(1, 2, QStringLiteral("2.5"));
    QCOMPARE(document_->problem().input.at(0, 0, 1, 2), 2.5f);
    QCOMPARE(table_->model()->index(1, 2).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Edit input[0, 0, 1, 2]"));
    QVERIFY(document_->isValid());
    QCOMPARE(document_->record()->layer().input.at(0, 0, 1, 2), 2.5f);

    typeIntoCell(0, 0, QStringLiteral("7"));
    QCOMPARE(document_->undoStack()->count(), 2);  // another cell, another step
    document_->undoStack()->undo();
    document_->undoStack()->undo();
    QCOMPARE(document_->problem().input.at(0, 0, 1, 2), 1.0f);
    QCOMPARE(table_->model()->index(1, 2).data().toString(), QStringLiteral("1"));
}

void TensorEditorTest::acceptsNanAndInfinities()
{
    typeIntoCell(0, 0, QStringLiteral("nan"));
    typeIntoCell(0, 1, QStringLiteral("inf"));
    typeIntoCell(0, 2, QStringLiteral("-inf"));
    const sb::Tensor& input = document_->problem().input;
    QVERIFY(std::isnan(input.at(0, 0, 0, 0)));
    QCOMPARE(input.at(0, 0, 0, 1), INFINITY);
    QCOMPARE(input.at(0, 0, 0, 2), -INFINITY);
    QCOMPARE(table_->model()->index(0, 0).data().toString(), QStringLiteral("nan"));
    QCOMPARE(table_->model()->index(0, 2).data().toString(), QStringLiteral("-inf"));
    QVERIFY(document_->isValid());  // PyTorch computes with them; so do we
}

void TensorEditorTest::rejectsTextThatIsNoNumber()
{
    const sb::ConfigFile before = document_->config();
    typeIntoCell(0, 0, QStringLiteral("abc"));
    QCOMPARE(document_->config(), before);
    QCOMPARE(document_->undoStack()->count(), 0);
}

void TensorEditorTest::weightPlaneShowsTheKernel()
{
    editor_->showWeight();
    QCOMPARE(editor_->findChild<QComboBox*>(QStringLiteral("tensor"))->currentText(), QStringLiteral("weight"));
    QCOMPARE(table_->model()->index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(table_->model()->index(3, 3).data().toString(), QStringLiteral("16"));
    typeIntoCell(1, 1, QStringLiteral("0"));
    QCOMPARE(document_->problem().weight.at(0, 0, 1, 1), 0.0f);
    // Seed 004's corner: y[0, 0] = x[0, 0]·w[1, 1], now 0.
    QCOMPARE(document_->record()->output().at(0, 0, 0, 0), 0.0f);
}

void TensorEditorTest::fillsCoverEveryPlane_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("seed");
    QTest::addColumn<sb::FillSpec>("spec");
    QTest::newRow("zeros") << "fill.zeros" << 0 << sb::FillSpec{sb::FillKind::Zeros};
    QTest::newRow("arange from 0 as d2l counts") << "fill.arange0" << 0 << sb::FillSpec{sb::FillKind::Arange, 0.0f};
    QTest::newRow("arange from 1 as seed 004 counts") << "fill.arange1" << 0 << sb::FillSpec{sb::FillKind::Arange, 1.0f};
    QTest::newRow("random with the seed from the box")
        << "fill.random" << 42 << sb::FillSpec{sb::FillKind::Random, 0.0f, 42};
    QTest::newRow("impulse at every plane's centre") << "fill.impulse" << 0 << sb::FillSpec{sb::FillKind::Impulse};
}

void TensorEditorTest::fillsCoverEveryPlane()
{
    QFETCH(QString, action);
    QFETCH(int, seed);
    QFETCH(sb::FillSpec, spec);

    editInChannels(2);
    editor_->findChild<QSpinBox*>(QStringLiteral("fill.seed"))->setValue(seed);
    editor_->findChild<QAction*>(action)->trigger();
    QCOMPARE(document_->problem().input, sb::makeFilled({1, 2, 4, 4}, spec));

    editor_->showWeight();
    editor_->findChild<QAction*>(QStringLiteral("fill.ones"))->trigger();
    QCOMPARE(document_->problem().weight, sb::makeFilled({2, 1, 4, 4}, {sb::FillKind::Ones}));
    document_->undoStack()->undo();
    QCOMPARE(document_->problem().input, sb::makeFilled({1, 2, 4, 4}, spec));
}

void TensorEditorTest::planePickersFollowTheShape()
{
    auto* channel = editor_->findChild<QSpinBox*>(QStringLiteral("plane.second"));
    QVERIFY(!channel->isEnabled());
    editInChannels(3);
    QVERIFY(channel->isEnabled());
    QCOMPARE(channel->maximum(), 2);
    typeIntoCell(0, 0, QStringLiteral("5"));  // plane c = 0
    channel->setValue(2);
    QCOMPARE(table_->model()->index(0, 0).data().toString(), QStringLiteral("1"));
    typeIntoCell(0, 0, QStringLiteral("9"));
    QCOMPARE(document_->problem().input.at(0, 2, 0, 0), 9.0f);
    QCOMPARE(document_->problem().input.at(0, 0, 0, 0), 5.0f);

    editInChannels(1);  // plane 2 is gone: back to the last that exists
    QCOMPARE(channel->value(), 0);
    QCOMPARE(channel->maximum(), 0);
    QCOMPARE(table_->model()->index(0, 0).data().toString(), QStringLiteral("5"));
}

void TensorEditorTest::unbatchedInputHasNoBatchPicker()
{
    sb::ConfigFile config = document_->config();
    config.problem.input = config.problem.input.reshaped({1, 4, 4});
    document_->edit(config, QStringLiteral("Change input shape"));
    auto* batch = editor_->findChild<QSpinBox*>(QStringLiteral("plane.first"));
    QVERIFY(!batch->isEnabled());
    QCOMPARE(batch->text(), QStringLiteral("–"));
    QCOMPARE(table_->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("input[0, 0, 0] = 1"));
}

SB_TEST_MAIN(TensorEditorTest)
#include "tst_tensor_editor.moc"
