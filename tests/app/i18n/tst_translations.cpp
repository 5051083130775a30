// SPDX-License-Identifier: MIT
// The program in Chinese and Korean (issue 13): the catalogues are complete and keep every
// placeholder, accelerator and tag of their English source; the system locale (LANGUAGE, LC_ALL,
// LANG) chooses the language of the command line and of exported pictures; View → Language
// rebuilds the window in the language chosen, menus and picture alike.
#include "PictureImage.h"
#include "ScatterboardProcess.h"

#include "app/controller/PlaybackController.h"
#include "app/gui/MainWindow.h"
#include "app/i18n/Translations.h"
#include "app/render/Picture.h"

#include "TestMain.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source, translation;
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readCatalogue(const QString& path)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = {context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = !type.isEmpty();  // unfinished, vanished or obsolete
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.push_back(m);
        }
    }
    return messages;
}

// %1 … %99, %L1, %n: each must survive translation exactly as often as in the source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int tags(const QString& text)
{
    return static_cast<int>(text.count(QLatin1Char('<')));
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s;]"));
    return text.contains(accelerator) && !text.contains(QLatin1String("&amp;")) && !text.contains(QLatin1Char('<'));
}

int countIn(const QString& text, char32_t first, char32_t last)
{
    int n = 0;
    for (char32_t c : text.toUcs4())
        n += c >= first && c <= last;
    return n;
}
int hangul(const QString& text) { return countIn(text, 0xAC00, 0xD7A3); }
int han(const QString& text) { return countIn(text, 0x4E00, 0x9FFF); }

QProcessEnvironment environmentWith(std::initializer_list<std::pair<const char*, const char*>> variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto& [name, value] : variables)
        environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cataloguesAreCompleteAndFaithful_data();
    void cataloguesAreCompleteAndFaithful();
    void theSystemLocaleChoosesTheLanguage_data();
    void theSystemLocaleChoosesTheLanguage();
    void anExportedPictureIsInTheUsersLanguage();
    void theLanguageMenuRebuildsTheWindowInThatLanguage();
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TranslationsTest::cataloguesAreCompleteAndFaithful_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("simplified Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TranslationsTest::cataloguesAreCompleteAndFaithful()
{
    QFETCH(QString, language);
    const std::vector<Message> messages = readCatalogue(QStringLiteral(SB_TRANSLATIONS_DIR "/scatterboard_%1.ts").arg(language));
    QVERIFY2(messages.size() > 500, qPrintable(QStringLiteral("%1 messages").arg(messages.size())));
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
        if (m.unfinished)
            problems << where + QStringLiteral(" is unfinished");
        else if (m.translation.trimmed().isEmpty())
            problems << where + QStringLiteral(" has no translation");
        else if (m.translation == m.source && (han(m.source) + hangul(m.source)) == 0 && m.source.contains(QRegularExpression(QStringLiteral("[a-z]{4} [a-z]{4}"))))
            problems << where + QStringLiteral(" is left in English");
        else if (placeholders(m.translation) != placeholders(m.source))
            problems << where + QStringLiteral(" has placeholders %1, not %2").arg(placeholders(m.translation).join(QLatin1Char(' ')),
                                                                                placeholders(m.source).join(QLatin1Char(' ')));
        else if (tags(m.translation) != tags(m.source))
            problems << where + QStringLiteral(" has %1 tags, not %2").arg(tags(m.translation)).arg(tags(m.source));
        else if (hasAccelerator(m.source) && !m.translation.contains(QLatin1Char('&')))
            problems << where + QStringLiteral(" lost its accelerator");
        else if (language == QLatin1String("ko") && hangul(m.translation) == 0 && hangul(m.source) == 0
                 && m.source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,} [a-z]{3,}"))))
            problems << where + QStringLiteral(" has no Korean in it");
        else if (language == QLatin1String("zh_CN") && han(m.translation) == 0
                 && m.source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,} [a-z]{3,}"))))
            problems << where + QStringLiteral(" has no Chinese in it");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages:\n  ").arg(problems.size()).arg(messages.size())
                                            + problems.mid(0, 60).join(QStringLiteral("\n  "))));
}

void TranslationsTest::theSystemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QString>("language");
    QTest::newRow("LANG=zh_CN.UTF-8 speaks Chinese") << environmentWith({{"LANG", "zh_CN.UTF-8"}}) << QStringLiteral("zh_CN");
    QTest::newRow("LANG=ko_KR.UTF-8 speaks Korean") << environmentWith({{"LANG", "ko_KR.UTF-8"}}) << QStringLiteral("ko");
    QTest::newRow("LC_ALL overrides LANG") << environmentWith({{"LANG", "zh_CN.UTF-8"}, {"LC_ALL", "ko_KR.UTF-8"}}) << QStringLiteral("ko");
    QTest::newRow("LANGUAGE's first shipped language wins")
        << environmentWith({{"LANG", "zh_CN.UTF-8"}, {"LANGUAGE", "fr:ko:zh_CN"}}) << QStringLiteral("ko");
    QTest::newRow("a language we do not ship stays English") << environmentWith({{"LANG", "de_DE.UTF-8"}}) << QStringLiteral("en");
    QTest::newRow("LANG=C is English") << environmentWith({{"LANG", "C"}}) << QStringLiteral("en");
}

void TranslationsTest::theSystemLocaleChoosesTheLanguage()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QString, language);
    const ScatterboardProcess help = ScatterboardProcess::run({QStringLiteral("help")}, environment);
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY(text.contains(QLatin1String("ConvTranspose2d")));  // code stays code
    QCOMPARE(hangul(text) > 20, language == QLatin1String("ko"));
    QCOMPARE(han(text) > 20, language == QLatin1String("zh_CN"));
    // A usage error is in the same language; PyTorch's own messages are not translated.
    const ScatterboardProcess bad = ScatterboardProcess::run({QStringLiteral("compute"), QStringLiteral("--frobnicate")}, environment);
    QCOMPARE(bad.exitCode, 2);
    const QString error = QString::fromUtf8(bad.err);
    QCOMPARE(hangul(error) > 0, language == QLatin1String("ko"));
    QCOMPARE(han(error) > 0, language == QLatin1String("zh_CN"));
}

void TranslationsTest::anExportedPictureIsInTheUsersLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = QStringLiteral(SB_PRESETS_DIR "/seed004-k4-s2-p1.json");
    auto exported = [&](const char* lang, const QString& name) {
        const QString out = dir.filePath(name);
        const ScatterboardProcess run =
            ScatterboardProcess::run({QStringLiteral("export"), config, QStringLiteral("--out"), out, QStringLiteral("--step"), QStringLiteral("3")},
                                     environmentWith({{"LANG", lang}}));
        QFile file(out);
        return run.exitCode == 0 && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString korean = exported("ko_KR.UTF-8", QStringLiteral("ko.svg"));
    const QString chinese = exported("zh_CN.UTF-8", QStringLiteral("zh.svg"));
    const QString english = exported("C.UTF-8", QStringLiteral("en.svg"));
    QVERIFY(!english.isEmpty() && !korean.isEmpty() && !chinese.isEmpty());
    QVERIFY2(hangul(korean) > 10, "the Korean SVG's texts are Korean");
    QVERIFY2(han(chinese) > 10, "the Chinese SVG's texts are Chinese");
    QCOMPARE(hangul(english) + han(english), 0);
    // The numbers are the same picture's: the module call is code, in every language.
    for (const QString* svg : {&korean, &chinese})
        QVERIFY(svg->contains(QLatin1String("ConvTranspose2d(1, 1, kernel_size=4, stride=2, padding=1, bias=False)")));
}

void TranslationsTest::theLanguageMenuRebuildsTheWindowInThatLanguage()
{
    auto* window = new sb::MainWindow;
    window->showView(sb::ViewId::Scatter);
    window->playback()->setPosition(5.0);
    const QString englishMenu = window->menuBar()->actions().value(0)->text();
    QCOMPARE(englishMenu, QStringLiteral("&File"));
    QPointer<sb::MainWindow> old = window;

    sb::MainWindow* korean = window->switchLanguage(QStringLiteral("ko"));
    QVERIFY(korean != window);
    QTRY_VERIFY(old.isNull());  // the first window deletes itself
    QCOMPARE(sb::translations::current(), QStringLiteral("ko"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    const QString koreanMenu = korean->menuBar()->actions().value(0)->text();
    QVERIFY2(hangul(koreanMenu) > 0, qPrintable(koreanMenu));
    QVERIFY(koreanMenu.contains(QLatin1String("&F")));
    // The same document at the same step, its picture now in Korean.
    QCOMPARE(korean->playback()->position(), 5.0);
    QVERIFY(korean->playback()->picture());
    const QString texts = sbtest::drawnTexts(*korean->playback()->picture(), 5.0);
    QVERIFY2(hangul(texts) > 5, qPrintable(texts.left(400)));
    QVERIFY(texts.contains(QLatin1String("ConvTranspose2d(1, 1, kernel_size=4")));

    sb::MainWindow* english = korean->switchLanguage(QStringLiteral("en"));
    QCOMPARE(english->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QCOMPARE(hangul(sbtest::drawnTexts(*english->playback()->picture(), 5.0)), 0);
    QSettings().remove(QStringLiteral("ui/language"));
    delete english;
}

SB_TEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
