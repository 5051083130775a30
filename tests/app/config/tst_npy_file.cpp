// SPDX-License-Identifier: MIT
// .npy loading: files written by NumPy itself (tests/golden/generate_npy.py) of both dtypes and
// byte orders read back exactly; broken files are refused with a message naming the file and
// the problem. The header is parsed as numpy's ast.literal_eval reads it and trusted for nothing:
// one dict, its three keys once each, a known dtype, data of exactly shape × itemsize bytes.
#include "app/config/ConfigError.h"
#include "app/config/ModelBudget.h"
#include "app/config/NpyFile.h"

#include "TestMain.h"

#include <QtEndian>
#include <QtTest>

#include <cstring>

namespace {
QString fixture(const char* name) { return QStringLiteral(SB_GOLDEN_DIR "/npy/") + QLatin1String(name); }

// A version 1.0 (or `major`) file: the magic, the header padded as np.save pads it, then data.
QByteArray npy(const QByteArray& header, const QByteArray& data, int major = 1)
{
    QByteArray padded = header;
    const int prefix = major == 1 ? 10 : 12;
    while ((prefix + padded.size() + 1) % 64 != 0)
        padded += ' ';
    padded += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(major);
    out += char(0);
    QByteArray length(major == 1 ? 2 : 4, '\0');
    if (major == 1)
        qToLittleEndian<quint16>(static_cast<quint16>(padded.size()), length.data());
    else
        qToLittleEndian<quint32>(static_cast<quint32>(padded.size()), length.data());
    return out + length + padded + data;
}

QByteArray floats(std::initializer_list<float> values)
{
    QByteArray bytes;
    for (const float v : values)
        bytes.append(reinterpret_cast<const char*>(&v), 4);
    return bytes;
}
} // namespace

class NpyFileTest : public QObject {
    Q_OBJECT
private slots:
    void validFilesReadExactly_data();
    void validFilesReadExactly();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void writtenFilesReadBack();
    void headersAreReadAsNumpyReadsThem_data();
    void headersAreReadAsNumpyReadsThem();
    void everyStateDictDtypeReads_data();
    void everyStateDictDtypeReads();
    void theDataLengthIsCheckedBeforeAByteIsConverted();
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

void NpyFileTest::headersAreReadAsNumpyReadsThem_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("answer");  // "shape [..]" when it reads, else the start of the problem
    const QByteArray four = floats({1, 2, 3, 4});
    QTest::newRow("np.save's own header")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", four) << "shape [2, 2]";
    QTest::newRow("keys in another order, double quotes, no trailing comma")
        << npy(R"({"shape": (4,), "fortran_order": False, "descr": "<f4"})", four) << "shape [4]";
    QTest::newRow("tabs and line breaks between the tokens")
        << npy("{\t'descr':\n'<f4',\r\n'fortran_order' : False ,'shape':( 4 , ) }", four) << "shape [4]";
    QTest::newRow("Python 2's long integers in a version 1.0 header")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 2L), }", four) << "shape [2, 2]";
    QTest::newRow("a scalar: the empty tuple")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", floats({7})) << "shape []";
    QTest::newRow("version 3, a UTF-8 header")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", four, 3) << "shape [4]";
    QTest::newRow("two descr keys: numpy would keep the last")
        << npy("{'descr': '<i8', 'fortran_order': False, 'shape': (4,), 'descr': '<f4', }", four)
        << "malformed .npy header (the key 'descr' is given twice)";
    QTest::newRow("a key numpy never writes")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), 'x': 1}", four)
        << "malformed .npy header (the key 'x' is not one numpy writes)";
    QTest::newRow("no fortran_order") << npy("{'descr': '<f4', 'shape': (4,)}", four)
                                      << "malformed .npy header (it has no 'fortran_order')";
    QTest::newRow("fortran_order 0 is not a bool") << npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (4,)}", four)
                                                   << "malformed .npy header (fortran_order is 0, not True or False)";
    QTest::newRow("a second dict after the first")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,)}{'descr': '<i8'}", four)
        << "malformed .npy header (text after the dict";
    QTest::newRow("a string that does not end")
        << npy("{'descr': '<f4, 'fortran_order': False, 'shape': (4,)}", four) << "malformed .npy header";
    QTest::newRow("a shape as a list") << npy("{'descr': '<f4', 'fortran_order': False, 'shape': [4]}", four)
                                       << "malformed shape [4] in the .npy header";
    QTest::newRow("(4) is the number 4") << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4)}", four)
                                         << "malformed shape (4) in the .npy header";
    QTest::newRow("an escaped '<f4' is not a dtype numpy writes")
        << npy("{'descr': '\\x3cf4', 'fortran_order': False, 'shape': (4,)}", four)
        << "dtype '\\x3cf4' is not supported";
    QTest::newRow("a structured dtype") << npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (4,)}", four)
                                        << "malformed .npy header";
}

void NpyFileTest::headersAreReadAsNumpyReadsThem()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, answer);
    QString got;
    try {
        got = QStringLiteral("shape ")
              + QString::fromStdString(sb::formatShape(sb::readNpyBytes(file, QStringLiteral("h.npy")).shape()));
    } catch (const sb::ConfigError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("h.npy: ")), qPrintable(e.message()));
        got = e.message().mid(7);
    }
    QVERIFY2(got.startsWith(answer), qPrintable(got + QStringLiteral("\n   expected: ") + answer));
}

void NpyFileTest::everyStateDictDtypeReads_data()
{
    QTest::addColumn<QByteArray>("descr");
    QTest::addColumn<QByteArray>("data");  // three elements: 1, -2 (or 0 for the unsigned ones), 3
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<std::vector<float>>("values");
    const auto bytes = [](const auto&... v) {
        QByteArray b;
        (b.append(reinterpret_cast<const char*>(&v), sizeof v), ...);
        return b;
    };
    const auto bigEndian = [](QByteArray b, int width) {
        for (qsizetype i = 0; i < b.size(); i += width)
            std::reverse(b.begin() + i, b.begin() + i + width);
        return b;
    };
    const std::vector<float> signedValues{1, -2, 3}, unsignedValues{1, 0, 3};
    QTest::newRow("int64, BatchNorm's counter")
        << QByteArray("<i8") << bytes(qint64(1), qint64(-2), qint64(3)) << "int64" << signedValues;
    QTest::newRow("int32, big-endian") << QByteArray(">i4") << bigEndian(bytes(qint32(1), qint32(-2), qint32(3)), 4)
                                       << "int32" << signedValues;
    QTest::newRow("int16") << QByteArray("<i2") << bytes(qint16(1), qint16(-2), qint16(3)) << "int16" << signedValues;
    QTest::newRow("int8") << QByteArray("|i1") << bytes(qint8(1), qint8(-2), qint8(3)) << "int8" << signedValues;
    QTest::newRow("uint8, a mask") << QByteArray("|u1") << bytes(quint8(1), quint8(0), quint8(3)) << "uint8"
                                   << unsignedValues;
    QTest::newRow("bool") << QByteArray("|b1") << bytes(quint8(1), quint8(0), quint8(1)) << "bool"
                          << std::vector<float>{1, 0, 1};
    QTest::newRow("float16") << QByteArray("<f2") << bytes(quint16(0x3C00), quint16(0xC000), quint16(0x4200))
                             << "float16" << signedValues;
    QTest::newRow("float64, big-endian") << QByteArray(">f8") << bigEndian(bytes(1.0, -2.0, 3.0), 8) << "float64"
                                         << signedValues;
}

void NpyFileTest::everyStateDictDtypeReads()
{
    QFETCH(QByteArray, descr);
    QFETCH(QByteArray, data);
    QFETCH(QString, dtype);
    QFETCH(std::vector<float>, values);
    const sb::NpyArray array = sb::readNpyArray(
        npy("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (3,), }", data), QStringLiteral("e.npy"));
    QCOMPARE(QString::fromLatin1(sb::elementName(array.type)), dtype);
    QCOMPARE(array.values.values(), values);
    // A config's own .npy stays float32 or float64.
    if (dtype != QLatin1String("float64"))
        QVERIFY_THROWS_EXCEPTION(
            sb::ConfigError,
            sb::readNpyBytes(npy("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (3,), }", data),
                             QStringLiteral("e.npy")));
}

void NpyFileTest::theDataLengthIsCheckedBeforeAByteIsConverted()
{
    // An int64 header over float32-sized data: refused by its length (the .npz reader used to read
    // the twice-as-long int64 data out of a buffer checked for the float32 length).
    const QByteArray file = npy("{'descr': '<i8', 'fortran_order': False, 'shape': (32,), }", QByteArray(128, '\x01'));
    try {
        sb::readNpyArray(file, QStringLiteral("e.npy"));
        QFAIL("data of half the length was read");
    } catch (const sb::ConfigError& e) {
        QVERIFY2(
            e.message().contains(QStringLiteral("truncated: shape (32,) needs 256 bytes of data, the file has 128")),
            qPrintable(e.message()));
    }
    // The floats are charged to a model file's budget before they are made.
    sb::ModelBudget budget(16, QStringLiteral("m.npz"));
    budget.spend(budget.limit() - 8, QStringLiteral("earlier tensors"));
    QVERIFY_THROWS_EXCEPTION(
        sb::ConfigError,
        sb::readNpyArray(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", floats({1, 2, 3, 4})),
                         QStringLiteral("m.npz: w.npy"), &budget, QStringLiteral("w")));
}

SB_TEST_APPLESS_MAIN(NpyFileTest)
#include "tst_npy_file.moc"
