// SPDX-License-Identifier: MIT
// ComputeCommand: `scatterboard compute CONFIG.json [--overlap] [--contributions]`, the headless
// answer to "what would PyTorch return": one JSON object on stdout, or PyTorch's own message on
// stderr with exit status 2. Needs a QCoreApplication, no display.
#pragma once

#include "core/Layer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>

namespace sb {

class ComputeCommand {
    Q_DECLARE_TR_FUNCTIONS(sb::ComputeCommand)

public:
    struct Options {
        bool overlap = false;        // add "overlap": the per-cell tap counts (OverlapMap)
        bool contributions = false;  // add "contributions": every term of the scatter (ScatterRecord)
    };

    // --contributions refuses layers with more terms than this: one JSON object per term.
    static constexpr std::int64_t kMaxContributions = 1'000'000;
    // compute refuses layers of more multiply-adds than this, so every config finishes or is
    // refused within two minutes: 2^35 take 3–30 s here (the GEMM runs at ~10 G/s, the scatter of
    // a large kernel at ~1 G/s).
    static constexpr std::int64_t kMaxComputeContributions = std::int64_t{1} << 35;

    // Runs the command on the arguments that follow "compute"; returns the exit status.
    static int run(const QStringList& arguments);
    // Reads, validates and computes one config file and prints the result; returns the exit status.
    static int execute(const QString& configPath, Options options);
    // Writes what compute prints, one JSON object, to stream as it is made (bounded memory: the
    // output tensor and a 1 MB buffer); false when the stream did not take it all. With
    // options.contributions the layer must have at most kMaxContributions contributions
    // (ScatterRecord throws std::length_error otherwise).
    static bool write(const Layer& layer, Options options, std::FILE* stream);

    static QString usage();  // the synopsis line(s), each ending in a newline
    static QString help();   // `scatterboard compute --help`
};

} // namespace sb
