// SPDX-License-Identifier: MIT
#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sb::translations {

namespace {

// The installed translators, owned here so a second install() replaces rather than stacks them.
struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qtbase;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ko")};
}

QString nativeName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString systemLanguage()
{
    // uiLanguages() is the user's list in order of preference (LANGUAGE first on Unix), as
    // "zh-CN", "ko-KR", "en-US"; the first one we ship wins. Other Chinese scripts are not
    // simplified Chinese, so zh_TW and zh_HK stay English rather than guess.
    for (QString tag : QLocale::system().uiLanguages()) {
        tag.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
        if (tag == QLatin1String("zh") || tag.startsWith(QLatin1String("zh_CN")) || tag.startsWith(QLatin1String("zh_Hans"))
            || tag.startsWith(QLatin1String("zh_SG")))
            return QStringLiteral("zh_CN");
        if (tag.startsWith(QLatin1String("ko")))
            return QStringLiteral("ko");
    }
    return QStringLiteral("en");
}

QString install(const QString& language)
{
    Installed& state = installed();
    const QString chosen = available().contains(language) ? language : systemLanguage();
    for (std::unique_ptr<QTranslator>* translator : {&state.app, &state.qtbase}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    state.language = chosen;
    if (chosen == QLatin1String("en"))
        return chosen;  // the source strings are English
    state.app = std::make_unique<QTranslator>();
    if (state.app->load(QStringLiteral(":/i18n/scatterboard_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(state.app.get());
    // qtbase's catalogue (the standard buttons, QFileDialog, the context menus of line edits) is
    // Qt's own; without Debian's qt6-translations-l10n those stay English, which is all we lose.
    state.qtbase = std::make_unique<QTranslator>();
    if (state.qtbase->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qtbase.get());
    return chosen;
}

QString current()
{
    return installed().language;
}

} // namespace sb::translations
