// SPDX-License-Identifier: MIT
// Translations: which language the program speaks. The catalogues (ours, compiled into the program
// under ":/i18n", and qtbase's own from Qt's translations folder) are installed for the language
// chosen in the window's Language menu, or else for the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), in the window and in headless exports alike. PyTorch's error messages are
// never translated: they are quoted as PyTorch prints them.
#pragma once

#include <QString>
#include <QStringList>

namespace sb::translations {

// The languages the program ships, as locale names: "en", "zh_CN", "ko".
QStringList available();
// A language's own name for itself ("简体中文"), for the Language menu.
QString nativeName(const QString& language);
// The shipped language the system locale asks for, or "en".
QString systemLanguage();
// Installs the catalogues of `language` ("" = the system's) on the running application, replacing
// any installed before, and returns the language now spoken. Needs a QCoreApplication.
QString install(const QString& language = {});
// The language install() last chose ("en" before any call).
QString current();

} // namespace sb::translations
