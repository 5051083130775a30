// ComputeCommand: `scatterboard compute CONFIG.json [--overlap] [--contributions]`, the headless
// answer to "what would PyTorch return": one JSON object on stdout, or PyTorch's own message on
// stderr with exit status 2. Needs a QCoreApplication, no display.
#pragma once

#include "core/Layer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace sb {

class ComputeCommand {
public:
    struct Options {
        bool overlap = false;        // add "overlap": the per-cell tap counts (OverlapMap)
        bool contributions = false;  // add "contributions": every term of the scatter (ScatterRecord)
    };

    // --contributions refuses layers with more terms than this: one JSON object per term.
    static constexpr std::int64_t kMaxContributions = 1'000'000;

    // Runs the command on the arguments that follow "compute"; returns the exit status.
    static int run(const QStringList& arguments);
    // Reads, validates and computes one config file and prints the result; returns the exit status.
    static int execute(const QString& configPath, Options options);
    // The text compute prints: one JSON object. With options.contributions the layer must have at
    // most kMaxContributions contributions (ScatterRecord throws std::length_error otherwise).
    static QByteArray resultText(const Layer& layer, Options options);

    static QString usage();  // the synopsis line(s), each ending in a newline
    static QString help();   // `scatterboard compute --help`
};

} // namespace sb
