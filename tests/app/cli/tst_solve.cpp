// SPDX-License-Identifier: MIT
// The shape solver outside core (issue 17): `scatterboard solve` through the real binary (a bare
// JSON array, per-axis output, usage errors), and Edit → Shape Solver…'s one-click load, offscreen.
#include "app/config/BuiltinPresets.h"
#include "app/controller/DocumentController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ShapeSolverDialog.h"
#include "ScatterboardProcess.h"

#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace sb;

class SolveTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonIsABareArrayUsualFirst();
    void rectangularSizesAreSolvedPerAxis();
    void badRequestsAreUsageErrors_data();
    void badRequestsAreUsageErrors();
    void theLargestBoundsAreAnsweredWithinLimits_data();
    void theLargestBoundsAreAnsweredWithinLimits();
    void oneClickLoadsASettingIntoTheLayer();
};

void SolveTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void SolveTest::jsonIsABareArrayUsualFirst()
{
    const auto run = ScatterboardProcess::run({QStringLiteral("solve"), QStringLiteral("--from"), QStringLiteral("16"), QStringLiteral("--to"),
                                               QStringLiteral("32"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray list = document.array();
    QVERIFY(list.size() > 8);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first.keys(), (QStringList{"crops_whole_copies", "dilation", "even", "kernel_size", "output_padding", "overlap", "padding", "stride"}));
    QCOMPARE(first[QStringLiteral("kernel_size")].toInt(), 2);
    QCOMPARE(first[QStringLiteral("stride")].toInt(), 2);
    QVERIFY(first[QStringLiteral("even")].toBool());
    QCOMPARE(first[QStringLiteral("overlap")].toString(), QStringLiteral("even"));
    QVERIFY(!first[QStringLiteral("crops_whole_copies")].toBool());
    // k4 s2 p1 right after kernel = stride; kernel 1, stride 2 (holes) last.
    QCOMPARE(list[1].toObject()[QStringLiteral("kernel_size")].toInt(), 4);
    QCOMPARE(list[1].toObject()[QStringLiteral("padding")].toInt(), 1);
    QCOMPARE(list.last().toObject()[QStringLiteral("overlap")].toString(), QStringLiteral("holes"));
    QVERIFY(!list.last().toObject()[QStringLiteral("even")].toBool());
    // The table says the same, with its header.
    const auto table = ScatterboardProcess::run({QStringLiteral("solve"), QStringLiteral("--from"), QStringLiteral("16"), QStringLiteral("--to"),
                                                 QStringLiteral("32")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith(QStringLiteral("16 → 32: %1 setting(s) within kernel_size ≤ 7, stride ≤ 4, dilation ≤ 1").arg(list.size()).toUtf8()),
             table.out.constData());
}

void SolveTest::rectangularSizesAreSolvedPerAxis()
{
    const auto run = ScatterboardProcess::run({QStringLiteral("solve"), QStringLiteral("--from"), QStringLiteral("16x8"), QStringLiteral("--to"),
                                               QStringLiteral("32x15"), QStringLiteral("--json"), QStringLiteral("--max-kernel"), QStringLiteral("4")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject axes = QJsonDocument::fromJson(run.out).object();
    QVERIFY(axes[QStringLiteral("height")].isArray() && axes[QStringLiteral("width")].isArray());
    // Width 8 → 15: every entry satisfies the formula, and kernel 1, stride 2 ((8 − 1)·2 + 1 = 15) is one.
    bool kernelOne = false;
    for (const QJsonValue& v : axes[QStringLiteral("width")].toArray()) {
        const QJsonObject o = v.toObject();
        const int k = o[QStringLiteral("kernel_size")].toInt(), s = o[QStringLiteral("stride")].toInt();
        const int p = o[QStringLiteral("padding")].toInt(), op = o[QStringLiteral("output_padding")].toInt();
        QCOMPARE((8 - 1) * s - 2 * p + (k - 1) + op + 1, 15);
        kernelOne = kernelOne || (k == 1 && s == 2 && p == 0 && op == 0);
    }
    QVERIFY(kernelOne);
}

void SolveTest::badRequestsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --to") << QStringList{"solve", "--from", "16"} << "solve: give both --from and --to";
    QTest::newRow("a size of 0") << QStringList{"solve", "--from", "0", "--to", "4"} << "solve: --from: expected a size like 16 or 16x8, got '0'";
    QTest::newRow("a bound past 64") << QStringList{"solve", "--from", "4", "--to", "8", "--max-stride", "65"}
                                     << "solve: --max-stride: expected a whole number from 1 to 64, got '65'";
    QTest::newRow("an unknown option") << QStringList{"solve", "--from", "4", "--to", "8", "--fast"} << "solve: unknown option '--fast'";
    QTest::newRow("a limit of 0") << QStringList{"solve", "--from", "4", "--to", "8", "--limit", "0"}
                                  << "solve: --limit: expected a whole number from 1 to 100000, got '0'";
    QTest::newRow("a bound given twice") << QStringList{"solve", "--from",       "4", "--to", "8", "--max-kernel",
                                                        "3",     "--max-kernel", "9"}
                                         << "solve: --max-kernel is given twice; give it once";
}

void SolveTest::theLargestBoundsAreAnsweredWithinLimits_data()
{
    QTest::addColumn<QStringList>("sizes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("listed");  // per axis
    const QStringList largest{"--max-kernel", "64", "--max-stride", "64", "--max-dilation", "64"};
    QTest::newRow("7 → 14 at the largest bounds: 1000 of 5.6 million listed")
        << QStringList{"7", "14"} << largest + QStringList{"--json"} << 1000;
    QTest::newRow("7x8 → 14x15 aborted with std::bad_alloc")
        << QStringList{"7x8", "14x15"} << largest + QStringList{"--json"} << 1000;
    QTest::newRow("--limit 5") << QStringList{"7", "14"} << largest + QStringList{"--json", "--limit", "5"} << 5;
    QTest::newRow("the table") << QStringList{"7", "14"} << largest << 1000;
}

void SolveTest::theLargestBoundsAreAnsweredWithinLimits()
{
    // At most --limit settings listed per axis, the rest counted (a line on stderr says how many):
    // 5.6 GB and 517 MB of JSON before, or std::bad_alloc.
    QFETCH(QStringList, sizes);
    QFETCH(QStringList, options);
    QFETCH(int, listed);
    const auto run = ScatterboardProcess::run(QStringList{"solve", "--from", sizes[0], "--to", sizes[1]} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains(QStringLiteral("solve: listing the first %1 of ").arg(listed).toUtf8()),
             run.err.constData());
    if (options.contains(QStringLiteral("--json"))) {
        const QJsonDocument json = QJsonDocument::fromJson(run.out);
        const QJsonArray height =
            json.isArray() ? json.array() : json.object().value(QStringLiteral("height")).toArray();
        QCOMPARE(height.size(), listed);
        // The first listed are the first of the whole list: even overlap, then the smallest kernel.
        QVERIFY(height.first().toObject().value(QStringLiteral("even")).toBool());
        QCOMPARE(height.first().toObject().value(QStringLiteral("kernel_size")).toInt(), 1);
    } else {
        QVERIFY2(run.out.contains("… and "), run.out.left(400).constData());
        QCOMPARE(run.out.count('\n'), 1 + 1 + listed + 1);  // the heading, the columns, the rows, the rest
    }
}

void SolveTest::badRequestsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = ScatterboardProcess::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void SolveTest::oneClickLoadsASettingIntoTheLayer()
{
    MainWindow w(BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ShapeSolverDialog solver(w.document(), &w);
    solver.show();
    // It starts from the layer's own sizes: seed 004's 4×4 → 8×8.
    QCOMPARE(solver.fromHeight()->value(), 4);
    QCOMPARE(solver.toWidth()->value(), 8);
    // Ask for 16 → 32 and load the first entry with one click.
    solver.fromHeight()->setValue(16);
    solver.fromWidth()->setValue(16);
    solver.toHeight()->setValue(32);
    solver.toWidth()->setValue(32);
    QVERIFY(solver.table()->rowCount() > 8);
    QCOMPARE(solver.table()->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(solver.table()->item(0, 5)->text(), QStringLiteral("even: 1 tap reaches every interior cell"));
    // DCGAN's k4 s2 p1 second, its verdict explained.
    QCOMPARE(solver.table()->item(1, 0)->text(), QStringLiteral("4"));
    QCOMPARE(solver.table()->item(1, 5)->text(), QStringLiteral("even: 2 taps reach every interior cell"));
    solver.table()->selectRow(3);
    const AxisSetting chosen = solver.rows()[3].first;
    QTest::mouseClick(solver.loadButton(), Qt::LeftButton);
    const auto& g = w.document()->geometry();
    QVERIFY(g.has_value());
    QCOMPARE(g->input.h, 16);
    QCOMPARE(g->input.w, 16);
    QCOMPARE(g->output.h, 32);
    QCOMPARE(g->output.w, 32);
    QCOMPARE(g->kernel.h, chosen.kernel_size);
    QCOMPARE(g->stride.h, chosen.stride);
    QCOMPARE(g->padding.h, chosen.padding);
    QVERIFY(w.document()->isValid());
    // One edit: undo puts seed 004 back.
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->geometry()->output.h, 8);
    QCOMPARE(w.document()->config().problem.params.kernel_size, Size2(4));
}

SB_TEST_MAIN(SolveTest)
#include "tst_solve.moc"
