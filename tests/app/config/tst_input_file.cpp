// SPDX-License-Identifier: MIT
// InputFile: every file the program reads goes through it, so its refusals are the program's:
// a name with a NUL, a folder, a FIFO, a file or a compiled-in resource larger than the reader
// allows. What it returns is the file's bytes, exactly.
#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/InputFile.h"

#include "TestMain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using sb::ConfigError;
using sb::InputFile;

namespace {

// The message InputFile::read throws for path, or "" when it reads.
QString refusal(const QString& path, qint64 maxBytes)
{
    try {
        InputFile::read(path, maxBytes);
    } catch (const ConfigError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class InputFileTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(dir_.isValid()); }
    void aFileIsReadExactly();
    void aFileLargerThanAllowedIsRefusedBeforeReading();
    void aResourceIsReadExactly();
    void aResourceLargerThanAllowedIsRefused();
    void whatIsNotARegularFileIsRefused();
    void aNulInTheNameIsRefusedAndShown();

private:
    QTemporaryDir dir_;
};

void InputFileTest::aFileIsReadExactly()
{
    const QString path = dir_.filePath(QStringLiteral("ten.bin"));
    const QByteArray bytes("0123456789", 10);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QCOMPARE(InputFile::read(path, 10), bytes);  // exactly the limit is allowed
}

void InputFileTest::aFileLargerThanAllowedIsRefusedBeforeReading()
{
    const QString path = dir_.filePath(QStringLiteral("eleven.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("0123456789A");
    f.close();
    QCOMPARE(refusal(path, 10), path + QStringLiteral(": 11 bytes is larger than the 10 bytes this file may have"));
}

void InputFileTest::aResourceIsReadExactly()
{
    const QString preset = sb::BuiltinPresets::demoPath();  // registers the resources too
    QFile resource(preset);
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray expected = resource.readAll();
    QVERIFY(expected.size() > 100);
    QCOMPARE(InputFile::read(preset, expected.size()), expected);
}

void InputFileTest::aResourceLargerThanAllowedIsRefused()
{
    const QString preset = sb::BuiltinPresets::demoPath();
    const qint64 size = QFile(preset).size();
    QVERIFY(size > 100);
    QCOMPARE(refusal(preset, size - 1),
             preset + QStringLiteral(": %1 bytes is larger than the %2 bytes this file may have").arg(size).arg(size - 1));
    QCOMPARE(refusal(QStringLiteral(":/no/such/resource.json"), 100).left(34), QStringLiteral(":/no/such/resource.json: cannot op"));
}

void InputFileTest::whatIsNotARegularFileIsRefused()
{
    QCOMPARE(refusal(dir_.path(), 1000), dir_.path() + QStringLiteral(": not a regular file (it is a folder)"));
    const QString fifo = dir_.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Refused at once: opened without waiting for a writer.
    QCOMPARE(refusal(fifo, 1000), fifo + QStringLiteral(": not a regular file (a device, FIFO or socket cannot be read as one)"));
    QCOMPARE(refusal(QStringLiteral("/dev/zero"), 1000),
             QStringLiteral("/dev/zero: not a regular file (a device, FIFO or socket cannot be read as one)"));
}

void InputFileTest::aNulInTheNameIsRefusedAndShown()
{
    const QString path = QStringLiteral("/dev/zero") + QChar(0) + QStringLiteral("x.json");
    QCOMPARE(refusal(path, 1000), QStringLiteral("/dev/zero\\0x.json: a file name cannot hold a NUL character"));
}

SB_TEST_GUILESS_MAIN(InputFileTest)
#include "tst_input_file.moc"
