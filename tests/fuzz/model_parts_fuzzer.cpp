// SPDX-License-Identifier: MIT
// model_parts_fuzzer: the libFuzzer entry point over what config_fuzzer cannot reach inside a
// model file (ModelParts.h): every input is an .npz entry's .npy bytes, a checkpoint's pickle and a
// safetensors header with its data. A ConfigError naming the source is the answer a bad part
// deserves; any other exception, a crash, a hang, a leak or a sanitizer report is a finding.
#include "ModelParts.h"

#include "app/config/ConfigError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

void expectNamed(const std::function<sb::ModelFile(const QByteArray&, const QString&)>& read, const QByteArray& bytes,
                 const QString& source)
{
    try {
        read(bytes, source).candidates();
    } catch (const sb::ConfigError& e) {
        if (!e.message().startsWith(source + QStringLiteral(": "))) {
            std::fprintf(stderr, "ConfigError without the source's name: %s\n", e.what());
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    expectNamed(&sbtest::npzEntry, bytes, QStringLiteral("fuzz.npz"));
    expectNamed(&sbtest::checkpointPickle, bytes, QStringLiteral("fuzz.pt"));
    expectNamed(&sbtest::safetensorsParts, bytes, QStringLiteral("fuzz.safetensors"));
    return 0;
}
