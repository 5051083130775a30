// SPDX-License-Identifier: MIT
// Generated Python is inert by construction: a config's name and description reach a script
// (`export --out x.py`, `convert --to keras|jax|onnx`, Copy as PyTorch/Keras/JAX/ONNX) only as
// comment text through printable(), so no character of theirs can end the comment line. Each script
// made from a hostile config is parsed by Python itself (/usr/bin/python3: ast and tokenize) and
// compared with the script of the same layer under a plain name: the same statements, the same
// tokens outside comments, and no line break but '\n', no control or format character at all. A
// script too large to write is refused, naming the limit, before its text is made.
#include "ScatterboardProcess.h"
#include "TestMain.h"

#include "app/config/ConfigReader.h"
#include "app/config/JsonWording.h"
#include "app/config/Limits.h"
#include "app/export/FrameworkSnippet.h"
#include "app/export/PyTorchSnippet.h"
#include "app/export/PythonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Compares SCRIPT with TEMPLATE: prints "ok", or what is wrong, and exits 1.
const char* const kChecker = R"PY(
import ast, io, sys, tokenize, unicodedata
template, script = (open(p, encoding="utf-8", newline="").read() for p in sys.argv[1:3])
for i, c in enumerate(script):
    if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Cn"):
        sys.exit("U+%04X (%s) at character %d, line %d" % (ord(c), unicodedata.category(c), i, script.count("\n", 0, i) + 1))
if script.splitlines() != script.split("\n")[: len(script.splitlines())]:
    sys.exit("a line break other than \\n")
if ast.dump(ast.parse(script)) != ast.dump(ast.parse(template)):
    sys.exit("statements that are not the template's")
def code(text):
    return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(text).readline)
            if t.type not in (tokenize.COMMENT, tokenize.NL)]
if code(script) != code(template):
    sys.exit("tokens outside comments that are not the template's")
print("ok")
)PY";

// What Python says of script against template: "ok" or the reason.
QString pythonVerdict(const QString& templateText, const QString& scriptText)
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString checker = write(QStringLiteral("check.py"), kChecker);
    const QString templ = write(QStringLiteral("template.py"), templateText.toUtf8());
    const QString script = write(QStringLiteral("script.py"), scriptText.toUtf8());
    QProcess python;
    python.start(kPython, {checker, templ, script});
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("python3 did not finish");
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
}

const QByteArray kLayer = R"("kernel_size": 4, "stride": 2, "padding": 1, "bias": [0.5],
    "input": {"shape": [1, 1, 3, 3], "fill": "arange"}, "weight": {"shape": [1, 1, 4, 4], "fill": "random", "seed": 3})";

QByteArray config(const QString& name, const QString& description)
{
    QJsonObject text{{QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
    QByteArray json = QJsonDocument(text).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json + ", " + kLayer + "}";
}

// Every script the program writes for a config: PyTorch, Keras, JAX, ONNX.
QStringList scripts(const sb::ConfigFile& c)
{
    QStringList all{sb::pytorchSnippet(c)};
    for (const sb::Framework f : {sb::Framework::Keras, sb::Framework::Jax, sb::Framework::Onnx})
        all << sb::FrameworkSnippet::script(c, f, nullptr);
    return all;
}

} // namespace

class GeneratedPythonTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hostileTextStaysAComment_data();
    void hostileTextStaysAComment();
    void theBinaryWritesInertScripts_data();
    void theBinaryWritesInertScripts();
    void printableEscapesWhatEndsOrHidesALine_data();
    void printableEscapesWhatEndsOrHidesALine();
    void aStringLiteralReadsBackAsTheText();
    void aScriptTooLargeIsRefusedBeforeItIsMade();
};

void GeneratedPythonTest::initTestCase()
{
    // Python is in the test group (scripts/install-deps.sh): without it this test fails, it does not skip.
    QVERIFY2(QFile::exists(kPython), "/usr/bin/python3 is missing: it checks the generated scripts");
}

void GeneratedPythonTest::hostileTextStaysAComment_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    const QString payload = QStringLiteral("import os; os.system('touch owned')");
    QTest::newRow("a carriage return in the name") << "demo\r" + payload << QString();
    QTest::newRow("CR LF in the name") << "demo\r\n" + payload << QString();
    QTest::newRow("a line feed in the name") << "demo\n" + payload << QString();
    QTest::newRow("a carriage return in the description") << QStringLiteral("demo") << "text\r" + payload;
    QTest::newRow("U+2028 and U+2029") << QString(QChar(0x2028)) + payload << QString(QChar(0x2029)) + payload;
    QTest::newRow("NEL, VT, FF and the file separators") << "a" + QString(QChar(0x85)) + payload
                                                            << QStringLiteral("b\v\f\x1c\x1d\x1e") + payload;
    QTest::newRow("NUL") << QString(QChar(0)) + payload << QString();
    QTest::newRow("a terminal escape that erases the line") << "\x1b[2K\r" + payload << QString();
    QTest::newRow("bidi overrides and zero-width characters")
        << QString(QChar(0x202E)) + payload + QChar(0x202C) << QString(QChar(0x200B)) + QChar(0xFEFF) + QChar(0x2066) + payload;
    QTest::newRow("quotes and backslashes") << QStringLiteral("\\' \"\"\" ''' \\") + payload << QStringLiteral("\\\n") + payload;
}

void GeneratedPythonTest::hostileTextStaysAComment()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    const QStringList plain = scripts(sb::readConfigJson(config(QStringLiteral("demo"), QStringLiteral("text")), QStringLiteral("c.json")));
    const QStringList hostile = scripts(sb::readConfigJson(config(name, description), QStringLiteral("c.json")));
    const QStringList frameworks{QStringLiteral("PyTorch"), QStringLiteral("Keras"), QStringLiteral("JAX"), QStringLiteral("ONNX")};
    for (qsizetype i = 0; i < plain.size(); ++i) {
        QVERIFY(!hostile[i].isEmpty());
        QCOMPARE(pythonVerdict(plain[i], hostile[i]) + QStringLiteral(" (") + frameworks[i] + QLatin1Char(')'),
                 QStringLiteral("ok (") + frameworks[i] + QLatin1Char(')'));
    }
}

void GeneratedPythonTest::theBinaryWritesInertScripts_data()
{
    QTest::addColumn<QStringList>("command");  // @ is the config, $ the folder
    QTest::newRow("export --out x.py") << QStringList{"export", "@", "--out", "$/x.py"};
    QTest::newRow("convert --to keras") << QStringList{"convert", "@", "--to", "keras"};
    QTest::newRow("convert --to jax") << QStringList{"convert", "@", "--to", "jax"};
    QTest::newRow("convert --to onnx") << QStringList{"convert", "@", "--to", "onnx"};
}

void GeneratedPythonTest::theBinaryWritesInertScripts()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const auto run = [&](const QByteArray& json) {
        const QString path = writeConfig(QDir(dir.path()), QStringLiteral("c.json"), json);
        QStringList arguments = command;
        for (QString& a : arguments)
            a.replace(QLatin1Char('@'), path).replace(QLatin1Char('$'), dir.path());
        QFile::remove(dir.filePath(QStringLiteral("x.py")));
        const ScatterboardProcess process = ScatterboardProcess::run(arguments);
        if (process.exitCode != 0)
            return QString::fromUtf8("exit " + QByteArray::number(process.exitCode) + ": " + process.err);
        if (command.front() == QLatin1String("convert"))
            return QString::fromUtf8(process.out);
        QFile script(dir.filePath(QStringLiteral("x.py")));
        return script.open(QIODevice::ReadOnly) ? QString::fromUtf8(script.readAll()) : QStringLiteral("no x.py");
    };
    const QString plain = run(config(QStringLiteral("demo"), QStringLiteral("text")));
    const QString hostile = run(config(QStringLiteral("demo\rimport os; os.system('touch owned')"),
                                       QString(QChar(0x2028)) + QStringLiteral("import sys") + QChar(0x85) + QStringLiteral("x = 1")));
    QVERIFY2(plain.contains(QStringLiteral("import numpy")) || plain.contains(QStringLiteral("import torch")), qPrintable(plain));
    QCOMPARE(pythonVerdict(plain, hostile), QStringLiteral("ok"));
    // And the attack is still there to read, escaped, in the comment.
    QVERIFY2(hostile.contains(QStringLiteral("# Scatterboard: demo\\rimport os; os.system('touch owned')")), qPrintable(hostile.left(300)));
}

void GeneratedPythonTest::printableEscapesWhatEndsOrHidesALine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("plain text, accents and CJK stay") << QStringLiteral("Größe 大小 ✓") << QStringLiteral("Größe 大小 ✓");
    QTest::newRow("CR, LF and tab") << QStringLiteral("a\rb\nc\td") << QStringLiteral("a\\rb\\nc\\td");
    QTest::newRow("NUL, ESC and DEL") << QString::fromLatin1("a\0b\x1b\x7f", 5) << QStringLiteral("a\\x00b\\x1b\\x7f");
    QTest::newRow("NEL and the C1 controls") << QString(QChar(0x85)) + QChar(0x9b) << QStringLiteral("\\x85\\x9b");
    QTest::newRow("line and paragraph separators") << QString(QChar(0x2028)) + QChar(0x2029) << QStringLiteral("\\u2028\\u2029");
    QTest::newRow("a bidi override and a byte-order mark") << QString(QChar(0x202E)) + QChar(0xFEFF) << QStringLiteral("\\u202e\\ufeff");
    QTest::newRow("a tag character beyond the BMP") << QString::fromUcs4(U"\U000E0041") << QStringLiteral("\\U000e0041");
    QTest::newRow("an undecodable byte of a file name") << QString(QChar(0xDCC4)) << QStringLiteral("\\xc4");
    QTest::newRow("an emoji beyond the BMP stays") << QString::fromUcs4(U"\U0001F600") << QString::fromUcs4(U"\U0001F600");
    QTest::newRow("escaping twice is escaping once") << sb::printable(QStringLiteral("a\rb")) << QStringLiteral("a\\rb");
}

void GeneratedPythonTest::printableEscapesWhatEndsOrHidesALine()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QCOMPARE(sb::printable(text), printed);
}

void GeneratedPythonTest::aStringLiteralReadsBackAsTheText()
{
    // Python itself reads the literal back: quotes and backslashes as written, controls as escaped.
    const QString text = QStringLiteral("it's a \\ \"test\"\r\n") + QChar(0x2028) + QStringLiteral("end");
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("s.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(("import sys\nsys.stdout.buffer.write(" + sb::pythonString(text) + ".encode('utf-8'))\n").toUtf8());
    script.close();
    QProcess python;
    python.start(kPython, {script.fileName()});
    QVERIFY(python.waitForFinished(60'000));
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), text);
}

void GeneratedPythonTest::aScriptTooLargeIsRefusedBeforeItIsMade()
{
    // A 2^28-element weight: about 3 GB of literals, refused at once (it used to abort with
    // std::bad_alloc after two minutes), through the library and through the binary.
    const QByteArray huge = R"({"kernel_size": 16384, "input": [[1]], "weight": {"shape": [1, 1, 16384, 16384], "fill": "arange"}})";
    QString refusal;
    const sb::ConfigFile c = sb::readConfigJson(huge, QStringLiteral("c.json"));
    QVERIFY(sb::pytorchSnippet(c, &refusal).isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("more than the limit of %1 MB").arg(sb::kMaxPythonScriptBytes >> 20)), qPrintable(refusal));
    QVERIFY(sb::FrameworkSnippet::script(c, sb::Framework::Onnx, &refusal).isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("268435457 elements")), qPrintable(refusal));  // the weight and the input
    QTemporaryDir dir;
    const QString path = writeConfig(QDir(dir.path()), QStringLiteral("c.json"), huge);
    const ScatterboardProcess exported = ScatterboardProcess::run({"export", path, "--out", dir.filePath(QStringLiteral("x.py"))});
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains("more than the limit of 64 MB for a generated script"), exported.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.py"))));
    const ScatterboardProcess converted = ScatterboardProcess::run({"convert", path, "--to", "keras"});
    QCOMPARE(converted.exitCode, 2);
    QVERIFY2(converted.err.contains("more than the limit of 64 MB"), converted.err.constData());
    QCOMPARE(converted.out, QByteArray());
    // Just under the limit a script is written: a 1024×1024 weight of ones is about 5 MB.
    const sb::ConfigFile fits = sb::readConfigJson(
        R"({"kernel_size": 1024, "input": [[1]], "weight": {"shape": [1, 1, 1024, 1024], "fill": "ones"}})", QStringLiteral("c.json"));
    QVERIFY(!sb::pytorchSnippet(fits, &refusal).isEmpty());
}

SB_TEST_GUILESS_MAIN(GeneratedPythonTest)
#include "tst_generated_python.moc"
