// SPDX-License-Identifier: MIT
// InspectCommand: `scatterboard inspect MODEL`, what a model file holds, as one JSON object on
// stdout: the format, every tensor (name, shape, dtype) and the ConvTranspose2d candidates (a
// 4-D weight with its matching bias, and the layer sizes that follow from the weight's shape),
// so a user can write {"model": MODEL, "tensor": NAME} in a config. A file that cannot be read
// gets a message naming it and the problem on stderr, with exit status 2. Needs a
// QCoreApplication, no display.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb {

struct ModelFile;

class InspectCommand {
    Q_DECLARE_TR_FUNCTIONS(sb::InspectCommand)

public:
    // Runs the command on the arguments that follow "inspect"; returns the exit status.
    static int run(const QStringList& arguments);
    // The JSON inspect prints for a model.
    static QByteArray json(const ModelFile& model);
    static QString usage();  // the synopsis line, ending in a newline
    static QString help();   // `scatterboard inspect --help`
};

} // namespace sb
