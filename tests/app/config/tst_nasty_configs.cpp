// SPDX-License-Identifier: MIT
// The committed fuzz corpora (tests/fuzz/corpus and corpus-parts, written by
// tests/fuzz/make_corpus.py) read one file at a time, as the program and the fuzzers read them:
// every .json through readConfigJson and validateConfig, every .npy through readNpyBytes, every
// model-* file through readModelBytes, and every file of corpus-parts as an .npz entry, a
// checkpoint's pickle and a safetensors header (tests/fuzz/ModelParts.h). Each file either reads or
// is refused with a ConfigError naming it (or PyTorch's own TorchError); the clear-cut ones with
// the expected words.
#include "../fuzz/ModelParts.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ModelFile.h"
#include "app/config/NpyFile.h"
#include "core/TorchError.h"

#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <exception>
#include <optional>
#include <typeinfo>

namespace {

const QString kCorpus = QStringLiteral(SB_SOURCE_DIR "/tests/fuzz/corpus");
const QString kParts = QStringLiteral(SB_SOURCE_DIR "/tests/fuzz/corpus-parts");

// How reading a file ended: "reads", "ConfigError: <message>" or "TorchError: <message>".
// Any other exception is rethrown, so the test fails with its type.
struct Outcome {
    enum Kind { Reads, ConfigError, TorchError } kind = Reads;
    QString message;
    std::optional<sb::Tensor> npy;  // what a .npy file held, when it read
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open corpus file %s", qPrintable(file.fileName()));
    return file.readAll();
}

bool isModel(const QString& name)
{
    return name.startsWith(QLatin1String("model-"));
}

Outcome readCorpusFile(const QString& name)
{
    const QByteArray bytes = contents(kCorpus + QLatin1Char('/') + name);
    Outcome outcome;
    try {
        if (name.endsWith(QLatin1String(".npy"))) {
            outcome.npy = sb::readNpyBytes(bytes, name);
        } else if (isModel(name)) {
            sb::readModelBytes(bytes, name).candidates();
        } else {
            // {"npy": PATH} references are relative to the corpus, as to a config file's folder.
            sb::validateConfig(sb::readConfigJson(bytes, name, kCorpus), name);
        }
    } catch (const sb::ConfigError& e) {
        outcome = {Outcome::ConfigError, e.message(), std::nullopt};
    } catch (const sb::TorchError& e) {
        outcome = {Outcome::TorchError, QString::fromStdString(e.pythonType() + ": " + e.what()), std::nullopt};
    }
    return outcome;
}

// A file of corpus-parts as each part reader takes it: "reads" or the message after "SOURCE: ".
QStringList readPart(const QString& name)
{
    const QByteArray bytes = contents(kParts + QLatin1Char('/') + name);
    QStringList answers;
    const std::pair<QString, sb::ModelFile (*)(const QByteArray&, const QString&)> readers[] = {
        {QStringLiteral("entry.npz"), &sbtest::npzEntry},
        {QStringLiteral("data.pkl"), &sbtest::checkpointPickle},
        {QStringLiteral("header.safetensors"), &sbtest::safetensorsParts},
    };
    for (const auto& [source, read] : readers) {
        try {
            read(bytes, source).candidates();
            answers << QStringLiteral("reads");
        } catch (const sb::ConfigError& e) {
            if (!e.message().startsWith(source + QStringLiteral(": ")))
                return {QStringLiteral("a message without the source's name: ") + e.message()};
            answers << e.message().mid(source.size() + 2);
        }
    }
    return answers;
}

} // namespace

class NastyConfigsTest : public QObject {
    Q_OBJECT
private slots:
    void everyFileReadsOrIsRefusedByName_data();
    void everyFileReadsOrIsRefusedByName();
    void clearCutFilesGetTheExpectedAnswer_data();
    void clearCutFilesGetTheExpectedAnswer();
    void validNpyFilesHoldTheirValues();
    void everyPartReadsOrIsRefusedByName_data();
    void everyPartReadsOrIsRefusedByName();
    void clearCutPartsGetTheExpectedAnswer_data();
    void clearCutPartsGetTheExpectedAnswer();
};

void NastyConfigsTest::everyFileReadsOrIsRefusedByName_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(kCorpus).entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 100, qPrintable(QStringLiteral("only %1 corpus files").arg(names.size())));
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void NastyConfigsTest::everyFileReadsOrIsRefusedByName()
{
    QFETCH(QString, name);
    try {
        const Outcome outcome = readCorpusFile(name);
        // TorchError carries PyTorch's wording, which never names a file; ConfigError always does.
        if (outcome.kind == Outcome::ConfigError)
            QVERIFY2(outcome.message.startsWith(name + QStringLiteral(": ")), qPrintable(outcome.message));
        if (outcome.kind == Outcome::TorchError)
            QVERIFY2(!outcome.message.isEmpty(), "a TorchError without a message");
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("neither read nor refused: %1: %2").arg(typeid(e).name(), e.what())));
    }
}

void NastyConfigsTest::clearCutFilesGetTheExpectedAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");  // "reads", or the start of the message after "NAME: "

    // Files that read: presets, and the corners the format allows.
    QTest::newRow("seed 004's preset reads") << "valid-preset-seed004-k4-s2-p1.json" << "reads";
    QTest::newRow("a grouped preset reads") << "valid-preset-groups-4to4-g2.json" << "reads";
    QTest::newRow("a UTF-8 byte-order mark is skipped") << "valid-with-bom.json" << "reads";
    QTest::newRow("\"nan\", \"inf\", \"-inf\" are values") << "valid-nan-inf-strings.json" << "reads";
    QTest::newRow("-0 is the integer 0") << "valid-negative-zero-padding.json" << "reads";
    QTest::newRow("1e308 in an input becomes inf, as torch.tensor makes it") << "valid-huge-1e308-in-input.json" << "reads";

    // Not JSON, or not a JSON object: the parser's words with a line and a column.
    QTest::newRow("an empty file is not JSON") << "empty.json" << "line 1, column 1: illegal value";
    QTest::newRow("a file cut inside an object") << "truncated-after-colon.json" << "line 1, column 10: unterminated object";
    QTest::newRow("a file cut inside a string") << "truncated-mid-string.json" << "line 1, column 25: unterminated string";
    QTest::newRow("NaN is not a JSON number") << "nan-as-number.json" << "line 1, column 159: illegal number";
    QTest::newRow("Infinity is not a JSON number") << "inf-as-number.json" << "line 1, column 159: illegal number";
    QTest::newRow("1e400 is beyond a double") << "huge-1e400-as-number.json" << "line 1, column 164: illegal number";
    QTest::newRow("1e-400 is refused by the JSON parser") << "tiny-1e-400-in-input.json" << "line 1, column 165: illegal number";
    QTest::newRow("10000 nested lists are too deep") << "deep-nesting-10000-lists-in-input.json" << "line 1, column 1181: too deeply nested document";
    QTest::newRow("10000 nested objects are too deep") << "deep-nesting-10000-objects.json" << "line 1, column 5122: too deeply nested document";
    QTest::newRow("bytes that are not UTF-8 in a string") << "non-utf8-bytes-in-string.json" << "line 1, column 212: invalid UTF8 string";
    QTest::newRow("bytes that are not UTF-8 in a key") << "non-utf8-bytes-in-key.json" << "line 1, column 61: invalid UTF8 string";
    QTest::newRow("UTF-16 is not UTF-8") << "utf16-encoded.json" << "line 1, column 2: illegal value";
    QTest::newRow("a list is not a config") << "top-level-list.json" << "expected a JSON object holding the layer's arguments, got a list";

    // The right JSON, the wrong values.
    QTest::newRow("1000 nested lists make a 1000-D input PyTorch refuses") << "deep-nesting-1000-lists-in-input.json"
                                                                         << "TorchError: RuntimeError: Expected 3D (unbatched) or 4D (batched) input";
    QTest::newRow("1e308 is no stride") << "huge-1e308-stride.json" << "\"stride\": expected an integer or a list of two integers, got 1e+308";
    QTest::newRow("2^63 is no kernel size") << "huge-2pow63-kernel-size.json"
                                            << "\"kernel_size\": Overflow when unpacking long: 9223372036854775808 does not fit";
    QTest::newRow("2^31 padding is beyond 32 bits") << "huge-2pow31-padding.json" << "\"padding\": expected an integer between -2147483648 and 2147483647, got 2147483648";
    QTest::newRow("1.5 is no stride") << "fraction-stride.json" << "\"stride\": expected an integer or a list of two integers, got 1.5";
    QTest::newRow("a zero stride is PyTorch's error") << "zero-stride.json" << "TorchError: RuntimeError: non-positive stride is not supported";
    QTest::newRow("zero groups is PyTorch's error") << "zero-groups.json" << "TorchError: ValueError: groups must be a positive integer";
    QTest::newRow("a negative kernel fails where torch.empty would") << "negative-kernel-size.json"
                                                                    << "TorchError: RuntimeError: Trying to create tensor with negative dimension -3";
    QTest::newRow("a typo gets a suggestion") << "unknown-key-strides.json" << "unknown key \"strides\" (did you mean \"stride\"?)";
    QTest::newRow("a NUL byte in a key is escaped, not the end of the message") << "nul-byte-inside.json"
                                                                                << "unknown key \"str\\u0000ide\"";
    QTest::newRow("the input may not be left out") << "missing-input.json" << "missing key \"input\"";
    QTest::newRow("ragged lists say where") << "ragged-input.json" << "\"input\": nested lists are ragged at [1]";
    QTest::newRow("a string in the bias says where") << "bias-with-string.json" << "\"bias\": expected a number at [1], got \"x\"";
    QTest::newRow("a string stride") << "wrong-type-stride.json" << "\"stride\": expected an integer or a list of two integers, got {\"h\":1}";
    QTest::newRow("a string input") << "wrong-type-input.json" << "\"input\": expected nested lists of numbers";
    QTest::newRow("a number weight") << "wrong-type-weight.json" << "\"weight\": expected nested lists of numbers";
    QTest::newRow("a list description") << "wrong-type-description.json" << "\"description\": expected a string, got []";
    QTest::newRow("a boolean out_channels") << "wrong-type-out-channels.json" << "\"out_channels\": expected an integer, got true";
    QTest::newRow("a null padding") << "wrong-type-padding.json" << "\"padding\": expected an integer or a list of two integers, got null";
    QTest::newRow("a number output_size") << "wrong-type-output-size.json" << "\"output_size\": expected a list of integers, got 7";

    // Issue 11: repeated keys, integers beyond 64 bits quoted as written (PyTorch's words), and
    // integers that fit 64 bits but not the output-size arithmetic.
    QTest::newRow("two strides are a mistake, not a choice") << "duplicate-key-stride.json"
                                                             << "\"stride\": the key appears twice in one object";
    QTest::newRow("an escaped spelling of a key is the same key") << "duplicate-key-escaped-stride.json"
                                                                  << "\"stride\": the key appears twice in one object";
    QTest::newRow("a repeated key in a fill object names the object") << "duplicate-key-in-fill-object.json"
                                                                      << "\"input.fill\": the key appears twice in one object";
    QTest::newRow("a repeated key in a stack layer names the layer") << "stack-duplicate-key-in-a-layer.json"
                                                                     << "\"stack[0].kernel_size\": the key appears twice in one object";
    QTest::newRow("out_channels 2^63 is PyTorch's overflow, quoted as written") << "huge-2pow63-out-channels.json"
        << "\"out_channels\": Overflow when unpacking long: 9223372036854775808 does not fit in a 64-bit integer";
    QTest::newRow("-2^63 fits 64 bits but not the output size") << "huge-negative-2pow63-dilation.json"
                                                                << "\"dilation\": -9223372036854775808 is out of range: the output size";
    QTest::newRow("padding 2^63 - 1 fits 64 bits but not the output size") << "huge-2pow63-minus-1-padding.json"
                                                                          << "\"padding\": 9223372036854775807 is out of range";
    QTest::newRow("2^64 inside a pair") << "huge-2pow64-in-a-stride-pair.json"
                                        << "\"stride\": Overflow when unpacking long: 18446744073709551616";
    QTest::newRow("a hundred nines") << "huge-100-digit-dilation.json"
                                     << QStringLiteral("\"dilation\": Overflow when unpacking long: %1").arg(QString(100, QLatin1Char('9')));

    // Issue 11: the "stack" layers are validated when the config is read, and held to limits.
    QTest::newRow("two k128 s128 stack layers are refused by the chain's limit") << "stack-two-k128-s128.json"
                                                                                 << "\"stack\": layer 3: its output would have 65536×65536 elements";
    QTest::newRow("three k64 s64 stack layers are refused by the chain's limit") << "stack-three-k64-s64.json"
                                                                                 << "\"stack\": layer 3: its output would have 16384×16384 elements";
    QTest::newRow("a stack layer of kernel 0 is PyTorch's error, naming the layer") << "stack-kernel-zero.json"
        << "TorchError: RuntimeError: layer 2: kernel size should be greater than zero";
    QTest::newRow("a stack weight that contradicts its kernel_size") << "stack-weight-contradicts-kernel-size.json"
                                                                     << "\"stack\": layer 2: weight has shape [1, 1, 2, 2]";
    QTest::newRow("a stack stride of 2^31 - 1 is refused by the chain's limit") << "stack-stride-2pow31-minus-1.json"
                                                                                << "\"stack\": layer 2: its output would have";
    QTest::newRow("a stack weight from /dev/zero is refused") << "stack-weight-npy-dev-zero.json"
                                                              << "\"stack.weight.npy\": /dev/zero: not a regular file";

    // Fill objects: sizes are checked before anything is allocated.
    QTest::newRow("a 10^9 x 10^9 fill is refused before allocation") << "fill-shape-1e9-by-1e9.json"
        << QStringLiteral("\"input.shape\": [1000000000, 1000000000] has 1000000000000000000 elements, more than the limit "
                          "of %1 elements").arg(sb::kMaxConfigElements);
    QTest::newRow("a fill whose size overflows 64 bits") << "weight-fill-from-huge-arguments.json"
        << QStringLiteral("\"weight.shape\": [2147483647, 2147483647, 2147483647, 2147483647] has more than the limit "
                          "of %1 elements").arg(sb::kMaxConfigElements);
    QTest::newRow("2^62 is beyond a double's exact integers") << "fill-shape-2pow62-cubed.json" << "\"input.shape\": expected a list of integers";
    QTest::newRow("a negative extent says where") << "fill-shape-negative.json" << "\"input.shape\": extent -4 at [1] is negative";
    QTest::newRow("an unknown fill lists the known ones") << "fill-unknown-kind.json" << "\"input.fill\": unknown fill \"lots\"";
    QTest::newRow("a negative seed") << "fill-negative-seed.json" << "\"input.seed\": expected a non-negative integer, got -1";

    // {"npy": PATH} references.
    QTest::newRow("a reference to a .npy file beside the config reads") << "npy-reference-valid.json" << "reads";
    QTest::newRow("/dev/zero is refused, not read forever") << "npy-reference-to-dev-zero.json"
                                                           << "\"input.npy\": /dev/zero: not a regular file";
    QTest::newRow("a folder is refused") << "npy-reference-to-a-folder.json"
                                         << QStringLiteral("\"input.npy\": %1: not a regular file").arg(kCorpus);
    QTest::newRow("a missing file cannot be opened") << "npy-reference-to-a-missing-file.json"
                                                     << QStringLiteral("\"input.npy\": %1/no-such-file.npy: cannot open").arg(kCorpus);
    QTest::newRow("a NUL in the path is refused, not cut to /dev/zero") << "npy-reference-with-nul-to-dev-zero.json"
                                                                       << "\"input.npy\": /dev/zero\\0x: a file name cannot hold a NUL character";
    QTest::newRow("a config is not a .npy file") << "npy-reference-to-a-config.json"
                                                 << QStringLiteral("\"input.npy\": %1/valid-small.json: not a NumPy .npy file").arg(kCorpus);

    // .npy files.
    QTest::newRow("a NumPy big-endian float32 file reads") << "npy-valid-big-endian-f4.npy" << "reads";
    QTest::newRow("a version 2 float64 file reads") << "npy-valid-f8-version-2.npy" << "reads";
    QTest::newRow("a zero-size array reads") << "npy-valid-zero-size.npy" << "reads";
    QTest::newRow("NumPy's big-endian float64 reads") << "npy-numpy-big-endian-f8.npy" << "reads";
    QTest::newRow("an empty .npy file") << "npy-empty.npy" << "not a NumPy .npy file";
    QTest::newRow("a wrong magic string") << "npy-wrong-magic.npy" << "not a NumPy .npy file";
    QTest::newRow("a JSON config is not a .npy file") << "npy-json-config-renamed.npy" << "not a NumPy .npy file";
    QTest::newRow("a preamble cut short") << "npy-truncated-preamble.npy" << "truncated .npy header";
    QTest::newRow("a header cut short") << "npy-truncated-header.npy" << "truncated .npy header (it announces 118 bytes)";
    QTest::newRow("a header length of 4 GB") << "npy-header-length-beyond-file.npy" << "truncated .npy header (it announces 4294967295 bytes)";
    QTest::newRow("format version 9") << "npy-version-9.npy" << "unsupported .npy format version 9";
    QTest::newRow("float16 is not supported") << "npy-float16.npy" << "dtype '<f2' is not supported";
    QTest::newRow("NumPy's float16 is not supported") << "npy-numpy-float16.npy" << "dtype '<f2' is not supported";
    QTest::newRow("int64 is not supported") << "npy-int64.npy" << "dtype '<i8' is not supported";
    QTest::newRow("Fortran order is refused") << "npy-fortran-order.npy" << "the array is in Fortran order";
    QTest::newRow("NumPy's Fortran order is refused") << "npy-numpy-fortran-order.npy" << "the array is in Fortran order";
    QTest::newRow("a shape that needs more data") << "npy-shape-needs-more-data.npy" << "truncated: shape (3, 3) needs 36 bytes of data, the file has 16";
    QTest::newRow("a shape that leaves data over") << "npy-shape-leaves-data-over.npy" << "4 bytes of data after the array of shape (3,)";
    QTest::newRow("a 10^9 x 10^9 shape is refused before allocation") << "npy-huge-shape-1e9-by-1e9.npy"
        << "truncated: shape (1000000000, 1000000000) needs 4000000000000000000 bytes of data, the file has 16";
    QTest::newRow("a shape whose size overflows 64 bits") << "npy-overflow-shape-2pow62-squared.npy"
        << "shape (4611686018427387904, 4611686018427387904) has too many elements";
    QTest::newRow("an extent beyond 64 bits") << "npy-shape-beyond-int64.npy" << "malformed shape (99999999999999999999,)";
    QTest::newRow("a negative extent") << "npy-negative-shape.npy" << "malformed shape (-1, 4)";
    QTest::newRow("extents that are not numbers") << "npy-shape-not-numbers.npy" << "malformed shape ('a', 'b')";
    QTest::newRow("a header without a shape") << "npy-header-without-shape.npy" << "malformed .npy header";
    QTest::newRow("a header that is not a dict") << "npy-header-not-a-dict.npy" << "malformed .npy header";
    // Round 3: the header as numpy's literal_eval reads it, nothing guessed from its text. Of two
    // equal keys numpy would keep the last; a header that says two things is refused.
    QTest::newRow("two shape keys are refused") << "npy-two-shape-keys.npy"
                                                << "malformed .npy header (the key 'shape' is given twice)";
    QTest::newRow("two descr keys are refused") << "npy-two-descr-keys.npy"
                                                << "malformed .npy header (the key 'descr' is given twice)";
    QTest::newRow("'descr' text in the data is data") << "npy-descr-text-in-the-data.npy"
                                                      << "reads";
    QTest::newRow("a key numpy does not write") << "npy-extra-key.npy"
                                                << "malformed .npy header (the key 'x' is not one numpy writes)";
    QTest::newRow("text after the dict") << "npy-text-after-the-dict.npy"
                                         << "malformed .npy header (text after the dict";
    QTest::newRow("a structured dtype") << "npy-structured-dtype.npy"
                                        << "malformed .npy header";
    QTest::newRow("(4) is a number, not a shape") << "npy-shape-a-number-not-a-tuple.npy"
                                                  << "malformed shape (4) in the .npy header";
    QTest::newRow("an escaped spelling of a dtype is not one") << "npy-escaped-descr.npy"
                                                               << "dtype '\\x3cf4' is not supported";
    // Model files: the fixtures read, round 3's reproducers are refused by what is wrong.
    QTest::newRow("the DCGAN checkpoint reads") << "model-dcgan-checkpoint.pt"
                                                << "reads";
    QTest::newRow("a checkpoint with a uint8 mask and a bool buffer reads") << "model-hostile-pt-uint8-mask.pt"
                                                                            << "reads";
    QTest::newRow("an .npz entry with two descr keys")
        << "model-hostile-npz-two-descr.npz"
        << "w.npy: malformed .npy header (the key 'descr' is given twice)";
    QTest::newRow("an .npz entry with 'descr' text in its data reads as float32")
        << "model-hostile-npz-descr-in-data.npz"
        << "reads";
    QTest::newRow("two views of 2^28 elements over one float") << "model-hostile-pt-stride0-views.pt"
                                                               << "reading it would take more than";
    QTest::newRow("a shape copied into every entry") << "model-hostile-pt-memo-shape-copies.pt"
                                                     << "reading it would take more than";
    QTest::newRow("a negative size is negative, not too large")
        << "model-hostile-pt-negative-size.pt"
        << "tensor w has the negative size -1 in its shape [2, -1]";
    QTest::newRow("overlapping safetensors entries")
        << "model-hostile-st-overlap.safetensors"
        << "tensor t1's data_offsets [0, 64] overlap those of tensor t0, [0, 64]";
    QTest::newRow("a gap between safetensors entries") << "model-hostile-st-gap.safetensors"
                                                       << "bytes 4 to 8 of the data belong to no tensor";
    QTest::newRow("a dtype that is not a string")
        << "model-hostile-st-dtype-not-a-string.safetensors"
        << "tensor w has the dtype {\"a\":1}, which is not one this program reads";
    QTest::newRow("a shape that is not a list") << "model-hostile-st-shape-not-a-list.safetensors"
                                                << "tensor w has the shape \"4\", which is not a list of sizes";
    QTest::newRow("a negative safetensors size") << "model-hostile-st-negative-size.safetensors"
                                                 << "tensor w has the negative size -1 in its shape [-1,4]";
    QTest::newRow("a float64 beyond float32 in safetensors")
        << "model-hostile-st-f64-beyond-float32.safetensors"
        << "tensor w: float64 value 1.0000000000000001e+300 at flat index 1 does not fit float32 (it would become inf)";
    QTest::newRow("a float64 beyond float32 is refused, not made inf") << "npy-f8-beyond-float32.npy"
        << "float64 value 1.0000000000000001e+300 at flat index 1 does not fit float32 (it would become inf)";
    QTest::newRow("a float64 that float32 would make 0 is refused") << "npy-f8-underflows-float32.npy"
                                                                    << "float64 value 1e-300 at flat index 0 does not fit float32 (it would become 0)";
    QTest::newRow("NaN and -inf in float64 stay NaN and -inf") << "npy-f8-nan-and-inf-read.npy" << "reads";
}

void NastyConfigsTest::clearCutFilesGetTheExpectedAnswer()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Outcome outcome = readCorpusFile(name);
    QString answer;
    switch (outcome.kind) {
    case Outcome::Reads: answer = QStringLiteral("reads"); break;
    case Outcome::ConfigError: answer = outcome.message.mid(name.size() + 2); break;
    case Outcome::TorchError: answer = QStringLiteral("TorchError: ") + outcome.message; break;
    }
    QVERIFY2(answer.startsWith(expected), qPrintable(QStringLiteral("%1\n   expected: %2").arg(answer, expected)));
}

void NastyConfigsTest::validNpyFilesHoldTheirValues()
{
    const Outcome bigEndian = readCorpusFile(QStringLiteral("npy-valid-big-endian-f4.npy"));
    QVERIFY(bigEndian.npy);
    QCOMPARE(*bigEndian.npy, sb::Tensor({2, 2}, std::vector<float>{1, 2, 3, 4}));
    const Outcome numpy = readCorpusFile(QStringLiteral("npy-numpy-big-endian-f8.npy"));
    QVERIFY(numpy.npy);
    QCOMPARE(*numpy.npy, sb::Tensor({1, 1, 2, 2}, std::vector<float>{0, 1, 2, 3}));
    // 'descr' text inside the data is four float32 numbers, not a type.
    const Outcome descrText = readCorpusFile(QStringLiteral("npy-descr-text-in-the-data.npy"));
    QVERIFY(descrText.npy);
    QCOMPARE(descrText.npy->numel(), 4);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(descrText.npy->data()), 14), QByteArray("'descr': '<i8'"));
    const Outcome scalar = readCorpusFile(QStringLiteral("npy-valid-scalar.npy"));
    QVERIFY(scalar.npy);
    QCOMPARE(scalar.npy->values(), std::vector<float>{1});
}

void NastyConfigsTest::everyPartReadsOrIsRefusedByName_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(kParts).entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 50, qPrintable(QStringLiteral("only %1 files in corpus-parts").arg(names.size())));
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void NastyConfigsTest::everyPartReadsOrIsRefusedByName()
{
    QFETCH(QString, name);
    try {
        const QStringList answers = readPart(name);
        QCOMPARE(answers.size(), 3);
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("neither read nor refused: %1: %2").arg(typeid(e).name(), e.what())));
    }
}

void NastyConfigsTest::clearCutPartsGetTheExpectedAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("reader");  // 0 an .npz entry, 1 a checkpoint's pickle, 2 a safetensors header
    QTest::addColumn<QString>("expected");
    QTest::newRow("the DCGAN pickle reads, its storages made up") << "pickle-dcgan.pkl" << 1 << "reads";
    QTest::newRow("the training checkpoint's pickle (APPENDS) reads") << "pickle-dcgan-checkpoint.pkl" << 1 << "reads";
    QTest::newRow("a strided view's pickle reads") << "pickle-strided.pkl" << 1 << "reads";
    QTest::newRow("os.system is refused by name")
        << "pickle-hostile-os-system.pkl" << 1 << "the pickle asks for the global os.system";
    QTest::newRow("a uint8 mask's pickle reads") << "pickle-hostile-pt-uint8-mask.pkl" << 1 << "reads";
    QTest::newRow("the shape copied into every entry is refused")
        << "pickle-hostile-pt-memo-shape-copies.pkl" << 1 << "reading it would take more than";
    QTest::newRow("stride-0 views of 2^28 elements are refused")
        << "pickle-hostile-pt-stride0-views.pkl" << 1 << "reading it would take more than";
    QTest::newRow("a BatchNorm counter entry reads as int64") << "npy-dcgan-1.num_batches_tracked.npy" << 0 << "reads";
    QTest::newRow("an entry with two descr keys")
        << "npy-hostile-npz-two-descr-w.npy" << 0 << "w.npy: malformed .npy header (the key 'descr' is given twice)";
    QTest::newRow("the DCGAN safetensors header reads") << "safetensors-dcgan.safetensors" << 2 << "reads";
    QTest::newRow("overlapping entries are refused")
        << "safetensors-hostile-st-overlap.safetensors" << 2 << "tensor t1's data_offsets";
}

void NastyConfigsTest::clearCutPartsGetTheExpectedAnswer()
{
    QFETCH(QString, name);
    QFETCH(int, reader);
    QFETCH(QString, expected);
    const QStringList answers = readPart(name);
    QCOMPARE(answers.size(), 3);
    QVERIFY2(answers[reader].startsWith(expected),
             qPrintable(answers[reader] + QStringLiteral("\n   expected: ") + expected));
}

SB_TEST_APPLESS_MAIN(NastyConfigsTest)
#include "tst_nasty_configs.moc"
