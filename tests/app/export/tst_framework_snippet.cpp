// SPDX-License-Identifier: MIT
// Copy as Keras / JAX / ONNX and `scatterboard convert` (issue 17): the scripts for seed 004's
// layer carry its arguments over by the frameworks' size rules and its exact numbers, layers a
// framework cannot express are refused with the reason, and the command runs through the binary.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigReader.h"
#include "app/export/FrameworkSnippet.h"
#include "ScatterboardProcess.h"

#include "TestMain.h"

#include <QtTest>

using namespace sb;

namespace {

ConfigFile preset(const QString& name)
{
    BuiltinPresets::paths();
    return readConfigFile(QStringLiteral(":/presets/%1.json").arg(name));
}

} // namespace

class FrameworkSnippetTest : public QObject {
    Q_OBJECT
private slots:
    void kerasCropsWhatSameDoesNot();
    void jaxPadsExplicitlyWithTheKernelTransposed();
    void onnxKeepsPyTorchsArgumentsAndGroups();
    void groupsAreRefusedWhereTheFrameworkHasNone();
    void convertRunsThroughTheBinary();
};

void FrameworkSnippetTest::kerasCropsWhatSameDoesNot()
{
    QString refusal;
    const QString keras = FrameworkSnippet::script(preset(QStringLiteral("seed004-k4-s2-p1")), Framework::Keras, &refusal);
    QVERIFY2(!keras.isEmpty(), qPrintable(refusal));
    QVERIFY(keras.contains(QStringLiteral("tf.keras.layers.Conv2DTranspose(")));
    QVERIFY(keras.contains(QStringLiteral("kernel_size=(4, 4)")));
    QVERIFY(keras.contains(QStringLiteral("padding='valid'")));
    QVERIFY(keras.contains(QStringLiteral("Cropping2D(((1, 1), (1, 1)))")));
    QVERIFY(keras.contains(QStringLiteral("w_pytorch.transpose(2, 3, 1, 0)")));
    QVERIFY(keras.contains(QStringLiteral("[13.0, 14.0, 15.0, 16.0]")));  // the kernel's last row, exactly
    QVERIFY(keras.contains(QStringLiteral("'same' (input × stride)")));
    // Kernel 3, stride 2, padding 1, output_padding 1 is Keras's own 'same'.
    const QString same = FrameworkSnippet::script(preset(QStringLiteral("seed000-k3-s2-p1-op1")), Framework::Keras, &refusal);
    QVERIFY(same.contains(QStringLiteral("padding='same'")));
    QVERIFY(same.contains(QStringLiteral("output_padding=(1, 1)")));
    QVERIFY(!same.contains(QStringLiteral("Cropping2D")));
}

void FrameworkSnippetTest::jaxPadsExplicitlyWithTheKernelTransposed()
{
    const QString jax = FrameworkSnippet::script(preset(QStringLiteral("seed004-k4-s2-p1")), Framework::Jax, nullptr);
    QVERIFY(jax.contains(QStringLiteral("lax.conv_transpose(")));
    QVERIFY(jax.contains(QStringLiteral("padding=((2, 2), (2, 2))")));  // k' − 1 − p = 2
    QVERIFY(jax.contains(QStringLiteral("transpose_kernel=True")));
    QVERIFY(jax.contains(QStringLiteral("dimension_numbers=('NCHW', 'OIHW', 'NCHW')")));
    QVERIFY(jax.contains(QStringLiteral("padding='SAME' would give 8 and 'VALID' 10")));
    // output_padding goes on the far side.
    const QString op = FrameworkSnippet::script(preset(QStringLiteral("seed000-k3-s2-p1-op1")), Framework::Jax, nullptr);
    QVERIFY(op.contains(QStringLiteral("padding=((1, 2), (1, 2))")));
}

void FrameworkSnippetTest::onnxKeepsPyTorchsArgumentsAndGroups()
{
    const QString onnx = FrameworkSnippet::script(preset(QStringLiteral("groups-4to4-g2")), Framework::Onnx, nullptr);
    QVERIFY(onnx.contains(QStringLiteral("\"ConvTranspose\"")));
    QVERIFY(onnx.contains(QStringLiteral("group=2")));
    QVERIFY(onnx.contains(QStringLiteral("pads=[0, 0, 0, 0]")));
    const QString seed = FrameworkSnippet::script(preset(QStringLiteral("seed004-k4-s2-p1")), Framework::Onnx, nullptr);
    QVERIFY(seed.contains(QStringLiteral("pads=[1, 1, 1, 1]")));
    QVERIFY(seed.contains(QStringLiteral("TensorProto.FLOAT, [1, 1, 8, 8]")));
    QVERIFY(seed.simplified().contains(QStringLiteral("auto_pad=SAME_UPPER would give input × stride = 8, with # pads (1, 1)")));
}

void FrameworkSnippetTest::groupsAreRefusedWhereTheFrameworkHasNone()
{
    for (const Framework f : {Framework::Keras, Framework::Jax}) {
        QString refusal;
        QVERIFY(FrameworkSnippet::script(preset(QStringLiteral("groups-4to4-g2")), f, &refusal).isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("groups=2")), qPrintable(refusal));
    }
}

void FrameworkSnippetTest::convertRunsThroughTheBinary()
{
    const QString config = QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json");
    QVERIFY(!config.isEmpty());
    const auto keras = ScatterboardProcess::run({QStringLiteral("convert"), config, QStringLiteral("--to"), QStringLiteral("keras")});
    QCOMPARE(keras.exitCode, 0);
    QVERIFY(keras.out.startsWith("# Scatterboard: Seed 004"));
    QVERIFY(keras.out.contains("Cropping2D"));
    const auto bad = ScatterboardProcess::run({QStringLiteral("convert"), config, QStringLiteral("--to"), QStringLiteral("caffe")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("convert: --to: expected keras, jax, onnx, got 'caffe'"), bad.err.constData());
    const QString groups = QStringLiteral(SB_SOURCE_DIR "/resources/presets/groups-4to4-g2.json");
    const auto refused = ScatterboardProcess::run({QStringLiteral("convert"), groups, QStringLiteral("--to"), QStringLiteral("jax")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("no feature groups"));
    QCOMPARE(refused.out, QByteArray());
}

SB_TEST_GUILESS_MAIN(FrameworkSnippetTest)
#include "tst_framework_snippet.moc"
