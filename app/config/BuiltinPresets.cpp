// SPDX-License-Identifier: MIT
// BuiltinPresets: the resources live in scatterboard_app, a static library, where the linker drops
// the generated registration code unless something calls it, hence Q_INIT_RESOURCE here.
#include "app/config/BuiltinPresets.h"

#include <QDir>

// Q_INIT_RESOURCE must be used outside any namespace, the anonymous one included: its extern
// declaration would otherwise name a function that does not exist.
static void registerResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    (void)registered;
}

namespace sb {

QString BuiltinPresets::demoPath()
{
    registerResources();
    return QStringLiteral(":/presets/seed004-k4-s2-p1.json");
}

QStringList BuiltinPresets::paths()
{
    registerResources();
    QStringList result;
    const QDir presets(QStringLiteral(":/presets"));
    for (const QString& name : presets.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result.append(presets.filePath(name));
    return result;
}

QStringList BuiltinPresets::lessonPaths()
{
    registerResources();
    QStringList result;
    const QDir lessons(QStringLiteral(":/lessons"));
    for (const QString& name : lessons.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result.append(lessons.filePath(name));
    return result;
}

} // namespace sb
