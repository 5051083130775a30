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

// The .json files of a resource folder, sorted by file name.
static QStringList jsonResources(const QString& folder)
{
    registerResources();
    QStringList result;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result.append(dir.filePath(name));
    return result;
}

QStringList BuiltinPresets::paths()
{
    return jsonResources(QStringLiteral(":/presets"));
}

QStringList BuiltinPresets::lessonPaths()
{
    return jsonResources(QStringLiteral(":/lessons"));
}

} // namespace sb
