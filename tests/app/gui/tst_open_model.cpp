// SPDX-License-Identifier: MIT
// File → Open Model… (app/gui/OpenModelDialog.h), offscreen: the dialog lists the DCGAN
// fixture's three candidates, offers the decoder setting that fits each kernel, and gives a
// config whose scatter record is PyTorch's output for the chosen layer; through the window, the
// layer replaces the document's and the overlap view shows its checkerboard.
#include "ModelFixture.h"

#include "app/config/ConfigReader.h"
#include "app/config/ModelFile.h"
#include "app/controller/DocumentController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/OpenModelDialog.h"
#include "core/ScatterRecord.h"

#include "TestMain.h"

#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QListWidget>
#include <QSpinBox>
#include <QTabBar>
#include <QTimer>
#include <QtTest>

#include <cmath>

namespace {

// The current config with the fixture's (1, 4, 5, 5) input, which the dialog keeps.
sb::ConfigFile withFixtureInput()
{
    sb::ConfigFile config = sb::readConfigFile(QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json"));
    config.problem.input = sb::Tensor({1, 4, 5, 5}, sbtest::flatValues(sbtest::dcganLayer().value(QStringLiteral("input"))));
    return config;
}

} // namespace

class OpenModelTest : public QObject {
    Q_OBJECT
private slots:
    void theDialogListsTheCandidatesAndFitsTheSettings();
    void theChosenLayersRecordIsPyTorchsOutput();
    void theWindowOpensTheLayerOnTheOverlapView();
};

void OpenModelTest::theDialogListsTheCandidatesAndFitsTheSettings()
{
    sb::OpenModelDialog dialog(sb::readModelFile(sbtest::kModels + QStringLiteral("dcgan.safetensors")), withFixtureInput());
    auto* list = dialog.findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentRow(), 2);  // the generator's last layer first
    QVERIFY2(list->item(2)->text().startsWith(QStringLiteral("6.weight: 4 → 3 channels, kernel 4×4, bias 6.bias")),
             qPrintable(list->item(2)->text()));
    const QList<QSpinBox*> boxes = dialog.findChildren<QSpinBox*>();
    QCOMPARE(boxes.size(), 3);  // stride, padding, output_padding: k4 → s2 p1 op0
    QCOMPARE(boxes[0]->value(), 2);
    QCOMPARE(boxes[1]->value(), 1);
    QCOMPARE(boxes[2]->value(), 0);
    // A layer of other channels gets a random 4×4 input of its own channels.
    dialog.choose(0);
    const sb::ConfigFile first = dialog.config();
    QCOMPARE(first.problem.input.shape(), (sb::Shape{1, 8, 4, 4}));
    QCOMPARE(first.problem.weight.shape(), (sb::Shape{8, 6, 4, 4}));
    QVERIFY(!first.problem.params.bias);
}

void OpenModelTest::theChosenLayersRecordIsPyTorchsOutput()
{
    for (const char* file : {"dcgan.pt", "dcgan-checkpoint.pt", "dcgan.safetensors", "dcgan.npz"}) {
        sb::OpenModelDialog dialog(sb::readModelFile(sbtest::kModels + QLatin1String(file)), withFixtureInput());
        dialog.choose(2);
        dialog.setStride(2);
        dialog.setPadding(1);
        const sb::ConfigFile config = dialog.config();
        const sb::ScatterRecord record(sb::validateConfig(config, QStringLiteral("model")));
        const sb::Tensor output = record.output();
        const std::vector<float> expected = sbtest::flatValues(sbtest::dcganLayer().value(QStringLiteral("output")));
        QCOMPARE(output.values().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(output.values()[i] - expected[i]) <= 1e-5f * (1 + std::abs(expected[i])),
                     qPrintable(QStringLiteral("%1 [%2]: %3 vs PyTorch %4").arg(QLatin1String(file)).arg(i).arg(output.values()[i]).arg(expected[i])));
    }
}

void OpenModelTest::theWindowOpensTheLayerOnTheOverlapView()
{
    sb::MainWindow window(QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json"));
    window.show();
    // The dialog is modal: accept it once it is up, with the layer it proposes.
    bool accepted = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            accepted = true;
            dialog->accept();
        }
    });
    window.openModel(sbtest::kModels + QStringLiteral("dcgan.pt"));
    QVERIFY(accepted);
    const sb::ConfigFile& config = window.document()->config();
    QCOMPARE(config.problem.weight.shape(), (sb::Shape{4, 3, 4, 4}));
    QCOMPARE(config.problem.params.stride, sb::Size2(2));
    QCOMPARE(config.problem.bias.size(), std::size_t{3});
    QCOMPARE(window.viewTabs()->tabText(window.viewTabs()->currentIndex()), QStringLiteral("overlap"));
}

SB_TEST_MAIN(OpenModelTest)
#include "tst_open_model.moc"
