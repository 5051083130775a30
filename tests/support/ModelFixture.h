// SPDX-License-Identifier: MIT
// ModelFixture: the model fixtures of tests/golden/models/ (generate_model_fixtures.py) as the
// model tests read them: the folder, dcgan.json, and its nested value lists flattened.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sbtest {

inline const QString kModels = QStringLiteral(SB_SOURCE_DIR "/tests/golden/models/");

// dcgan.json: "tensors", "candidates" and "layer" (the last layer's input and PyTorch's output).
inline QJsonObject dcganFixture()
{
    QFile file(kModels + QStringLiteral("dcgan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Its "layer": the generator's last layer's "input" and PyTorch's "output" at stride 2, padding 1.
inline QJsonObject dcganLayer() { return dcganFixture().value(QStringLiteral("layer")).toObject(); }

// Nested lists of numbers, in row-major order.
inline std::vector<float> flatValues(const QJsonValue& value)
{
    std::vector<float> out;
    if (!value.isArray()) {
        out.push_back(static_cast<float>(value.toDouble()));
        return out;
    }
    for (const QJsonValue& v : value.toArray()) {
        const std::vector<float> inner = flatValues(v);
        out.insert(out.end(), inner.begin(), inner.end());
    }
    return out;
}

} // namespace sbtest
