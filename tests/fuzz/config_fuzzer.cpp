// SPDX-License-Identifier: MIT
// config_fuzzer: the libFuzzer entry point over the parsers that read files from strangers: a
// JSON config (read, then validated, as `compute` and the window do), a .npy tensor, and a model
// file (.safetensors, .npz, torch.save's zip and its pickle). Every input goes through all three. ConfigError and TorchError naming the source are the answers a bad file
// deserves; any other exception, a crash, a hang or a sanitizer report is a finding.
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ModelFile.h"
#include "app/config/NpyFile.h"
#include "core/TorchError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// A message that does not start with the source's name leaves the user guessing which file is at
// fault: treat it as a finding too.
void expectNamed(const sb::ConfigError& error, const QString& source)
{
    if (!error.message().startsWith(source + QStringLiteral(": "))) {
        std::fprintf(stderr, "ConfigError without the source's name: %s\n", error.what());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A deep copy, NUL-terminated like QFile::readAll()'s, so we test what the program reads.
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const QString json = QStringLiteral("fuzz.json");
    try {
        const sb::ConfigFile config = sb::readConfigJson(bytes, json);
        sb::validateConfig(config, json);
    } catch (const sb::ConfigError& e) {
        expectNamed(e, json);
    } catch (const sb::TorchError&) {
        // PyTorch's own wording, which never names a file.
    }

    const QString npy = QStringLiteral("fuzz.npy");
    try {
        sb::readNpyBytes(bytes, npy);
    } catch (const sb::ConfigError& e) {
        expectNamed(e, npy);
    }

    // The model readers: safetensors, .npz and torch.save's zip with its restricted unpickler.
    const QString model = QStringLiteral("fuzz.pt");
    try {
        const sb::ModelFile file = sb::readModelBytes(bytes, model);
        file.candidates();
    } catch (const sb::ConfigError& e) {
        expectNamed(e, model);
    }
    return 0;
}
