// SPDX-License-Identifier: MIT
// The SSE2 build on a CPU without AVX: the real `scatterboard` binary under qemu-x86_64 -cpu
// Nehalem (SSE4.2, no AVX) chooses sse2 by itself, prints exactly the JSON it prints natively with
// SB_ISA=sse2, and refuses SB_ISA=avx512 with its reason on stderr. Under that CPU model an AVX
// instruction is an illegal instruction, so any AVX copy of Eigen or std code that leaked into the
// SSE2 path (core/CMakeLists.txt isolates the builds) would crash it.
#include "TestMain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kOldCpu = QStringLiteral("Nehalem");

struct Finished {
    int exitCode = -1;
    QByteArray out, err;
};

Finished run(const QString& program, const QStringList& arguments, const QString& forcedIsa = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SB_ISA"));
    if (!forcedIsa.isEmpty())
        environment.insert(QStringLiteral("SB_ISA"), forcedIsa);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(240000))
        process.kill();
    Finished finished;
    finished.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    finished.out = process.readAllStandardOutput();
    finished.err = process.readAllStandardError();
    return finished;
}

} // namespace

class Sse2UnderQemuTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void computePrintsTheSameJsonAsNativeSse2();
    void versionNamesSse2();
    void forcedAvx512IsRefused();

private:
    Finished underQemu(const QStringList& arguments, const QString& forcedIsa = {}) const
    {
        return run(qemu_, QStringList{QStringLiteral("-cpu"), kOldCpu, QStringLiteral(SB_SCATTERBOARD_BINARY)} + arguments,
                   forcedIsa);
    }

    QString qemu_;
    QTemporaryDir dir_;
    QString config_;
};

void Sse2UnderQemuTest::initTestCase()
{
    qemu_ = QStandardPaths::findExecutable(QStringLiteral("qemu-x86_64"));
    QVERIFY2(!qemu_.isEmpty(), "qemu-x86_64 is not installed (Debian package qemu-user, in the test group)");
    QVERIFY(QFile::exists(QStringLiteral(SB_SCATTERBOARD_BINARY)));
    QVERIFY(dir_.isValid());
    // Enough channels that Eigen's GEMM kernels run, with groups, dilation, output_padding and bias.
    config_ = dir_.filePath(QStringLiteral("layer.json"));
    QFile file(config_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "in_channels": 24, "out_channels": 16, "groups": 2,
  "kernel_size": [3, 4], "stride": [2, 1], "padding": [1, 2], "output_padding": [1, 0], "dilation": [1, 2],
  "bias": [0.5, -0.25, 1, 2, -3, 0.125, 0, 7, -1.5, 0.75, 3, -2, 0.25, 1.5, -0.5, 4],
  "input": {"shape": [2, 24, 7, 9], "fill": "random", "seed": 11},
  "weight": {"shape": [24, 8, 3, 4], "fill": "random", "seed": 12}
})");
}

void Sse2UnderQemuTest::computePrintsTheSameJsonAsNativeSse2()
{
    const Finished native = run(QStringLiteral(SB_SCATTERBOARD_BINARY), {QStringLiteral("compute"), config_},
                                QStringLiteral("sse2"));
    QVERIFY2(native.exitCode == 0, native.err.constData());
    QVERIFY(native.out.contains("\"output\""));
    const Finished emulated = underQemu({QStringLiteral("compute"), config_});
    QVERIFY2(emulated.exitCode == 0, emulated.err.constData());
    QCOMPARE(emulated.out, native.out);
}

void Sse2UnderQemuTest::versionNamesSse2()
{
    const Finished emulated = underQemu({QStringLiteral("--version")});
    QVERIFY2(emulated.exitCode == 0, emulated.err.constData());
    const QList<QByteArray> lines = emulated.out.split('\n');
    QVERIFY2(lines.size() >= 2, emulated.out.constData());
    QVERIFY2(lines.at(1).startsWith("SIMD: sse2 (SSE2"), emulated.out.constData());
}

void Sse2UnderQemuTest::forcedAvx512IsRefused()
{
    const Finished native = run(QStringLiteral(SB_SCATTERBOARD_BINARY), {QStringLiteral("compute"), config_},
                                QStringLiteral("sse2"));
    const Finished emulated = underQemu({QStringLiteral("compute"), config_}, QStringLiteral("avx512"));
    QVERIFY2(emulated.exitCode == 0, emulated.err.constData());
    QCOMPARE(emulated.out, native.out);
    QVERIFY2(emulated.err.contains("SB_ISA=avx512 refused: this CPU lacks AVX-512; using sse2"), emulated.err.constData());
    QCOMPARE(emulated.err.count("SB_ISA"), 1);  // said once
}

SB_TEST_GUILESS_MAIN(Sse2UnderQemuTest)
#include "tst_sse2_under_qemu.moc"
