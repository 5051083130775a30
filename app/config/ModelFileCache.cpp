// SPDX-License-Identifier: MIT
#include "app/config/ModelFileCache.h"

#include "app/config/Limits.h"
#include "app/config/SystemEncoding.h"

#include <QFileInfo>

#include <climits>
#include <cstdlib>

namespace sb {

namespace {

// realpath(3) on the name as the system spells it; the path itself when it does not resolve (the
// read then fails with the system's reason).
QString canonicalPath(const QString& path)
{
    char resolved[PATH_MAX];
    if (path.contains(QChar(0)) || !::realpath(SystemEncoding::encode(path).constData(), resolved))
        return QFileInfo(path).absoluteFilePath();
    return SystemEncoding::decode(QByteArray(resolved));
}

}  // namespace

const ModelFile& ModelFileCache::read(const QString& path)
{
    if (!paths_.contains(path)) {
        paths_.append(path);
        paths_.sort();
    }
    const QString canonical = canonicalPath(path);
    for (auto it = files_.begin(); it != files_.end(); ++it)
        if (it->canonical == canonical) {
            files_.splice(files_.begin(), files_, it);
            return files_.front().model;
        }
    Entry entry{canonical, readModelFile(path), 0};
    for (const ModelTensor& t : entry.model.tensors)
        entry.elements += t.values.numel();
    // Room for the new one: the least recently used go first (the new one stays, whatever its size).
    while (!files_.empty() && elements_ + entry.elements > kMaxModelElements) {
        elements_ -= files_.back().elements;
        files_.pop_back();
    }
    elements_ += entry.elements;
    files_.push_front(std::move(entry));
    return files_.front().model;
}

}  // namespace sb
