// SPDX-License-Identifier: MIT
// `scatterboard export CONFIG --out FILE.py`: the layer as a PyTorch script, written whole or not
// at all; an invalid config gets PyTorch's message and leaves no file.
#include "ScatterboardProcess.h"

#include "TestMain.h"

#include <QTemporaryDir>
#include <QtTest>

class ExportScriptTest : public QObject {
    Q_OBJECT
private slots:
    void writesARunnableLookingScript();
    void invalidConfigLeavesNoFile();
};

void ExportScriptTest::writesARunnableLookingScript()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("seed004.py"));
    const ScatterboardProcess p = ScatterboardProcess::run(
        {QStringLiteral("export"), QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json"), QStringLiteral("--out"), out});
    QCOMPARE(p.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    QVERIFY(script.contains(QStringLiteral("nn.ConvTranspose2d(")));
    QVERIFY(script.contains(QStringLiteral("kernel_size=4")));
    QVERIFY(script.contains(QStringLiteral("stride=2")));
    QVERIFY(script.contains(QStringLiteral("padding=1")));
}

void ExportScriptTest::invalidConfigLeavesNoFile()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("bad.json"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"stride": 0, "input": [[1, 2], [3, 4]], "weight": [[1, 1], [1, 1]]})");
    f.close();
    const QString out = dir.filePath(QStringLiteral("bad.py"));
    const ScatterboardProcess p = ScatterboardProcess::run({QStringLiteral("export"), config, QStringLiteral("--out"), out});
    QCOMPARE(p.exitCode, 2);
    QVERIFY2(p.err.contains("non-positive stride is not supported"), p.err.constData());
    QVERIFY(!QFile::exists(out));
}

SB_TEST_GUILESS_MAIN(ExportScriptTest)
#include "tst_export_script.moc"
