// SPDX-License-Identifier: MIT
// LessonReader: one LessonParser per file, so every message starts with the file's name and the slide's
// number. A slide's layer is read by ConfigReader with the slide named as its source, so a layer's
// own errors read `intro.json: slide 2: "stride": ...` too.
#include "app/lesson/LessonReader.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/InputFile.h"
#include "app/config/JsonSourceScan.h"
#include "app/config/JsonWording.h"
#include "app/config/ModelFileCache.h"
#include "core/TorchError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb {

namespace {

struct LessonReaderText {
    Q_DECLARE_TR_FUNCTIONS(sb::LessonReader)
};

// A lesson's layers together hold at most this many input and weight numbers (256 MB of float32:
// a lecture shows small layers, and a trained one's weights are a few million), so a lesson
// naming one large .npy on every slide cannot exhaust memory.
constexpr std::int64_t kMaxLessonElements = std::int64_t{1} << 26;
constexpr QLatin1String kPresetPrefix("preset:");

class LessonParser {
public:
    LessonParser(const QString& sourceName, const QString& baseDirectory) : source_(sourceName), base_(baseDirectory) {}

    Lesson read(const QByteArray& json);

private:
    [[noreturn]] void fail(const QString& problem) const { throw ConfigError(source_ + QStringLiteral(": ") + problem); }
    [[noreturn]] void failAt(const QString& key, const QString& problem) const
    {
        throw ConfigError(where() + quoted(key) + QStringLiteral(": ") + problem, key);
    }
    // "intro.json: " or "intro.json: slide 3: ".
    QString where() const
    {
        return slide_ < 0 ? source_ + QStringLiteral(": ")
                          : source_ + QStringLiteral(": ") + LessonReaderText::tr("slide %1").arg(slide_ + 1) + QStringLiteral(": ");
    }
    void checkKeys(const QJsonObject& object, const QStringList& known) const;
    QString text(const QJsonObject& object, const QString& key, bool required) const;
    qint64 nonNegative(const QString& key, const QJsonValue& value) const;
    OutputCell cell(const QString& key, const QJsonValue& value, const LayerGeometry& g) const;

    LessonSlide slide(const QJsonObject& object);
    void readConfig(const QJsonValue& value, LessonSlide& slide) const;
    ConfigReadOptions readOptions() const { return {&models_, {}}; }
    void readSteps(const QJsonObject& object, LessonSlide& slide) const;
    void readHighlights(const QJsonValue& value, LessonSlide& slide, const LayerGeometry& g) const;
    void readQuiz(const QJsonValue& value, LessonSlide& slide, const LayerGeometry& g) const;

    // Refuses a text longer than kMaxLessonText, naming its key.
    void checkLength(const QString& key, const QString& text) const;

    QString source_;
    QString base_;
    qsizetype slide_ = -1;  // the slide being read, from 0; −1 while reading the lesson's own keys
    std::int64_t elements_ = 0;
    // The model files the slides' layers read, each once for the whole lesson.
    mutable ModelFileCache models_;
};

void LessonParser::checkLength(const QString& key, const QString& text) const
{
    if (text.size() > kMaxLessonText)
        //: %1 a number of characters, %2 the limit
        failAt(key,
               LessonReaderText::tr("%1 characters, more than the %2 a lesson's text may hold (a handout page shows "
                                    "about 2000)")
                   .arg(text.size())
                   .arg(kMaxLessonText));
}

void LessonParser::checkKeys(const QJsonObject& object, const QStringList& known) const
{
    for (const QString& key : object.keys()) {
        if (key.startsWith(QLatin1Char('_')) || known.contains(key))
            continue;
        //: %2 is empty or a hint such as ' (did you mean "caption"?)'
        throw ConfigError(where() + LessonReaderText::tr("unknown key %1%2").arg(describe(QJsonValue(key)), suggestion(key, known)), key);
    }
}

QString LessonParser::text(const QJsonObject& object, const QString& key, bool required) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            throw ConfigError(where() + LessonReaderText::tr("missing key %1").arg(quoted(key)), key);
        return {};
    }
    if (!value.isString())
        failAt(key, LessonReaderText::tr("expected text, got %1").arg(describe(value)));
    checkLength(key, value.toString());
    return value.toString();
}

qint64 LessonParser::nonNegative(const QString& key, const QJsonValue& value) const
{
    const std::optional<std::int64_t> n = asInteger(value);
    if (!n || *n < 0 || *n > std::numeric_limits<qint32>::max())
        failAt(key, LessonReaderText::tr("expected a step number from 0, got %1").arg(describe(value)));
    return *n;
}

OutputCell LessonParser::cell(const QString& key, const QJsonValue& value, const LayerGeometry& g) const
{
    const QJsonArray pair = value.toArray();
    // Plain values behind one flag rather than two optionals: g++ 12 warns falsely about
    // optionals read behind a check.
    const bool isCell = value.isArray() && pair.size() == 2 && asInteger(pair[0]) && asInteger(pair[1]);
    if (!isCell)
        failAt(key, LessonReaderText::tr("expected an output cell [row, column], got %1").arg(describe(value)));
    const std::int64_t oy = asInteger(pair[0]).value_or(0), ox = asInteger(pair[1]).value_or(0);
    if (oy < 0 || ox < 0 || oy >= g.output.h || ox >= g.output.w)
        failAt(key, LessonReaderText::tr("the cell %1 lies outside the %2×%3 output").arg(describe(value)).arg(g.output.h).arg(g.output.w));
    return {oy, ox};
}

Lesson LessonParser::read(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(LessonReaderText::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        fail(LessonReaderText::tr("expected a JSON object holding \"lesson\" and \"slides\""));
    // QJsonDocument keeps the last of two equal keys, in the lesson and in its inline configs
    // alike; two "stride"s in a slide's config are as much a mistake as in a config file.
    if (const QString repeated = JsonSourceScan::of(json).duplicateKey; !repeated.isEmpty()) {
        static const QRegularExpression inSlide(QStringLiteral("^slides\\[(\\d+)\\]\\.(.+)$"));
        const QRegularExpressionMatch m = inSlide.match(repeated);
        if (m.hasMatch())
            slide_ = m.captured(1).toLongLong();
        failAt(m.hasMatch() ? m.captured(2) : repeated,
               LessonReaderText::tr("the key appears twice in one object; give it once"));
    }
    const QJsonObject object = document.object();
    checkKeys(object, lessonKeys());

    Lesson lesson;
    lesson.title = text(object, QStringLiteral("lesson"), true);
    lesson.subtitle = text(object, QStringLiteral("subtitle"), false);
    if (const QJsonValue v = object.value(QStringLiteral("title_page")); !v.isUndefined()) {
        if (!v.isBool())
            failAt(QStringLiteral("title_page"), LessonReaderText::tr("expected true or false, got %1").arg(describe(v)));
        lesson.titlePage = v.toBool();
    }
    const QJsonValue slides = object.value(QStringLiteral("slides"));
    if (slides.isUndefined())
        fail(LessonReaderText::tr("missing key %1").arg(quoted(QStringLiteral("slides"))));
    if (!slides.isArray())
        failAt(QStringLiteral("slides"), LessonReaderText::tr("expected a list of slides, got %1").arg(describe(slides)));
    const QJsonArray list = slides.toArray();
    if (list.size() > kMaxLessonSlides)
        failAt(QStringLiteral("slides"), LessonReaderText::tr("%1 slides; a lesson holds at most %2").arg(list.size()).arg(kMaxLessonSlides));
    for (slide_ = 0; slide_ < list.size(); ++slide_) {
        if (!list[slide_].isObject())
            fail(LessonReaderText::tr("slide %1: expected an object with a title, a view and a config, got %2")
                     .arg(slide_ + 1)
                     .arg(describe(list[slide_])));
        lesson.slides.append(slide(list[slide_].toObject()));
    }
    return lesson;
}

LessonSlide LessonParser::slide(const QJsonObject& object)
{
    checkKeys(object, slideKeys());
    LessonSlide s;
    s.title = text(object, QStringLiteral("title"), true);
    s.caption = text(object, QStringLiteral("caption"), false);
    const QString view = text(object, QStringLiteral("view"), false);
    if (!view.isEmpty() || object.contains(QStringLiteral("view"))) {
        const std::optional<ViewId> id = viewFromName(view);
        if (!id)
            failAt(QStringLiteral("view"), LessonReaderText::tr("unknown view %1%2").arg(quoted(view), suggestion(view, viewNames())));
        s.view = *id;
    }
    if (!object.contains(QStringLiteral("config")))
        throw ConfigError(where() + LessonReaderText::tr("missing key %1").arg(quoted(QStringLiteral("config"))), QStringLiteral("config"));
    readConfig(object.value(QStringLiteral("config")), s);

    Layer layer;
    try {
        layer = validateConfig(s.config, where().chopped(2));
    } catch (const TorchError& e) {
        throw ConfigError(where() + QStringLiteral("\"config\": ") + QString::fromStdString(e.what()), QStringLiteral("config"));
    }
    elements_ += static_cast<std::int64_t>(s.config.problem.input.numel() + s.config.problem.weight.numel());
    if (elements_ > kMaxLessonElements)
        failAt(QStringLiteral("config"), LessonReaderText::tr("the lesson's layers hold more than %1 numbers together").arg(kMaxLessonElements));

    readSteps(object, s);
    readHighlights(object.value(QStringLiteral("highlights")), s, layer.geometry);
    readQuiz(object.value(QStringLiteral("quiz")), s, layer.geometry);
    return s;
}

void LessonParser::readConfig(const QJsonValue& value, LessonSlide& s) const
{
    const QString name = where().chopped(2);  // "intro.json: slide 3" stands for the inline config
    if (value.isObject()) {
        s.source = LessonSlide::Source::Inline;
        s.config =
            readConfigJson(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact), name, base_, readOptions());
        return;
    }
    if (!value.isString() || value.toString().isEmpty())
        failAt(QStringLiteral("config"),
               LessonReaderText::tr("expected a config object, a path to a config file or \"preset:NAME\", got %1").arg(describe(value)));
    const QString reference = value.toString();
    if (reference.startsWith(kPresetPrefix)) {
        s.source = LessonSlide::Source::Preset;
        s.reference = reference.mid(kPresetPrefix.size());
        QStringList names;
        for (const QString& path : BuiltinPresets::paths())
            names.append(QFileInfo(path).completeBaseName());
        if (!names.contains(s.reference))
            failAt(QStringLiteral("config"),
                   LessonReaderText::tr("no built-in preset is called %1%2").arg(quoted(s.reference), suggestion(s.reference, names)));
        s.config = readConfigFile(QStringLiteral(":/presets/%1.json").arg(s.reference));
        return;
    }
    s.source = LessonSlide::Source::File;
    s.reference = QDir::cleanPath(QDir(base_).absoluteFilePath(reference));
    try {
        s.config = readConfigFile(s.reference, readOptions());
    } catch (const ConfigError& e) {
        // The config's own message names its file; the slide says where it was asked for.
        throw ConfigError(where() + e.message(), QStringLiteral("config"));
    }
}

void LessonParser::readSteps(const QJsonObject& object, LessonSlide& s) const
{
    const QJsonValue step = object.value(QStringLiteral("step")), steps = object.value(QStringLiteral("steps"));
    if (!step.isUndefined() && !steps.isUndefined())
        failAt(QStringLiteral("steps"), LessonReaderText::tr("a slide shows one \"step\" or plays a range of \"steps\", not both"));
    if (!step.isUndefined())
        s.step = nonNegative(QStringLiteral("step"), step);
    if (steps.isUndefined())
        return;
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,9})\\s*-\\s*(\\d{1,9})\\s*$"));
    const QRegularExpressionMatch m = range.match(steps.toString());
    if (!steps.isString() || !m.hasMatch() || m.captured(1).toLongLong() > m.captured(2).toLongLong())
        failAt(QStringLiteral("steps"), LessonReaderText::tr("expected a range of steps \"A-B\" with A ≤ B, got %1").arg(describe(steps)));
    s.steps = LessonSlide::Range{m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}

void LessonParser::readHighlights(const QJsonValue& value, LessonSlide& s, const LayerGeometry& g) const
{
    if (value.isUndefined())
        return;
    const QString key = QStringLiteral("highlights");
    if (!value.isArray())
        failAt(key, LessonReaderText::tr("expected a list of {\"cells\": [[row, column], ...], \"note\": TEXT}, got %1").arg(describe(value)));
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonValue cells = object.value(QStringLiteral("cells"));
        const QJsonValue note = object.value(QStringLiteral("note"));
        const QStringList keys = object.keys();
        const bool known = std::all_of(keys.cbegin(), keys.cend(), [](const QString& k) {
            return k == QLatin1String("cells") || k == QLatin1String("note") || k.startsWith(QLatin1Char('_'));
        });
        if (!item.isObject() || !known || !cells.isArray() || cells.toArray().isEmpty() || (!note.isUndefined() && !note.isString()))
            failAt(key, LessonReaderText::tr("expected {\"cells\": [[row, column], ...], \"note\": TEXT}, got %1").arg(describe(item)));
        LessonSlide::Highlight highlight;
        for (const QJsonValue& c : cells.toArray())
            highlight.cells.append(cell(key, c, g));
        checkLength(key, note.toString());
        highlight.note = note.toString();
        s.highlights.append(highlight);
    }
}

void LessonParser::readQuiz(const QJsonValue& value, LessonSlide& s, const LayerGeometry& g) const
{
    if (value.isUndefined())
        return;
    const QString key = QStringLiteral("quiz");
    const QStringList names = {quizAskName(QuizAsk::Shape), quizAskName(QuizAsk::Value), quizAskName(QuizAsk::Contributions),
                               quizAskName(QuizAsk::Contributors)};
    // "quiz": "shape" is short for {"ask": "shape"}.
    const QJsonObject object = value.isString() ? QJsonObject{{QStringLiteral("ask"), value}} : value.toObject();
    if (!value.isString() && !value.isObject())
        failAt(key, LessonReaderText::tr("expected {\"ask\": %1, \"cell\": [row, column]}, got %2").arg(names.join(QStringLiteral(" | ")), describe(value)));
    for (const QString& k : object.keys())
        if (k != QStringLiteral("ask") && k != QStringLiteral("cell"))
            failAt(key, LessonReaderText::tr("unknown key %1%2").arg(describe(QJsonValue(k)), suggestion(k, {QStringLiteral("ask"), QStringLiteral("cell")})));
    const QString ask = object.value(QStringLiteral("ask")).toString();
    const std::optional<QuizAsk> kind = quizAskFromName(ask);
    if (!kind)
        failAt(key, LessonReaderText::tr("unknown question %1; a quiz asks %2").arg(describe(object.value(QStringLiteral("ask"))), names.join(QStringLiteral(", "))));
    LessonSlide::Quiz quiz{*kind, std::nullopt};
    if (object.contains(QStringLiteral("cell")))
        quiz.cell = cell(key, object.value(QStringLiteral("cell")), g);
    else if (*kind != QuizAsk::Shape && s.highlights.isEmpty())
        failAt(key, LessonReaderText::tr("a %1 question needs a \"cell\" (or a highlighted cell) to ask about").arg(quoted(ask)));
    s.quiz = quiz;
}

} // namespace

const QStringList& lessonKeys()
{
    static const QStringList keys = {QStringLiteral("lesson"), QStringLiteral("subtitle"), QStringLiteral("title_page"), QStringLiteral("slides")};
    return keys;
}

const QStringList& slideKeys()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("caption"), QStringLiteral("view"),
                                     QStringLiteral("step"),  QStringLiteral("steps"),   QStringLiteral("highlights"),
                                     QStringLiteral("quiz"),  QStringLiteral("config")};
    return keys;
}

Lesson readLessonFile(const QString& path)
{
    return readLessonJson(InputFile::read(path, kMaxConfigBytes), path, QFileInfo(path).absolutePath());
}

Lesson readLessonJson(const QByteArray& json, const QString& sourceName, const QString& baseDirectory)
{
    return LessonParser(sourceName, baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory).read(json);
}

bool isLessonJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && document.object().contains(QStringLiteral("slides"));
}

bool isLessonFile(const QString& path)
{
    try {
        return isLessonJson(InputFile::read(path, kMaxConfigBytes));
    } catch (const ConfigError&) {
        return false;
    }
}

} // namespace sb
