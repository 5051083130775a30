// SPDX-License-Identifier: MIT
// .npy loading: files written by NumPy itself (tests/golden/generate_npy.py) of both dtypes and
// byte orders read back exactly; broken files are refused with a message naming the file and
// the problem.
#include "app/config/ConfigError.h"
#include "app/config/NpyFile.h"

#include "TestMain.h"

#include <QtTest>

namespace {
QString fixture(const char* name) { return QStringLiteral(SB_GOLDEN_DIR "/npy/") + QLatin1String(name); }
} // namespace

class NpyFileTest : public QObject {
    Q_OBJECT
private slots:
    void validFilesReadExactly_data();
    void validFilesReadExactly();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void writtenFilesReadBack();
};

void NpyFileTest::validFilesReadExactly_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("float32 little-endian kernel 1..16") << fixture("kernel_1to16_f4.npy");
    QTest::newRow("float64 kernel 1..16 becomes float32") << fixture("kernel_1to16_f8.npy");
    QTest::newRow("float32 big-endian kernel 1..16") << fixture("kernel_1to16_f4_bigendian.npy");
}

void NpyFileTest::validFilesReadExactly()
{
    QFETCH(QString, path);
    const sb::Tensor t = sb::readNpyFile(path);
    QCOMPARE(t.shape(), (sb::Shape{1, 1, 4, 4}));
    for (int i = 0; i < 16; ++i)
        QCOMPARE(t.values()[static_cast<std::size_t>(i)], static_cast<float>(i + 1));
    const sb::Tensor w = sb::readNpyFile(fixture("weight_2x3x3x3_f4.npy"));
    QCOMPARE(w.shape(), (sb::Shape{2, 3, 3, 3}));
    QCOMPARE(w.values()[9], 9.0f / 8 - 3);
}

void NpyFileTest::brokenFilesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("int32 is not a supported dtype") << fixture("bad_int32.npy") << "dtype '<i4' is not supported";
    QTest::newRow("Fortran order is refused") << fixture("bad_fortran.npy") << "Fortran order";
    QTest::newRow("a truncated file says how much is missing") << fixture("bad_truncated.npy") << "truncated: shape (1, 1, 4, 4) needs 64 bytes of data, the file has 54";
    QTest::newRow("garbage is not a .npy file") << fixture("bad_garbage.npy") << "not a NumPy .npy file";
    QTest::newRow("a missing file cannot be opened") << fixture("missing.npy") << "cannot open";
}

void NpyFileTest::brokenFilesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    try {
        sb::readNpyFile(path);
        QFAIL("a broken file was accepted");
    } catch (const sb::ConfigError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }
}

void NpyFileTest::writtenFilesReadBack()
{
    const sb::Tensor t({2, 3}, std::vector<float>{1.5f, -2, 0, 3, 4.25f, -0.125f});
    QCOMPARE(sb::readNpyBytes(sb::npyBytes(t), QStringLiteral("memory")), t);
    // Truncating any written file anywhere is refused, never crashes.
    const QByteArray bytes = sb::npyBytes(t);
    for (int cut = 0; cut < bytes.size(); ++cut)
        QVERIFY_THROWS_EXCEPTION(sb::ConfigError, sb::readNpyBytes(bytes.left(cut), QStringLiteral("memory")));
}

SB_TEST_APPLESS_MAIN(NpyFileTest)
#include "tst_npy_file.moc"
