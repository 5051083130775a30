// SPDX-License-Identifier: MIT
// The scatterboard executable: everything happens in CommandLine, which the tests reach too.
#include "app/cli/CommandLine.h"

int main(int argc, char** argv)
{
    return sb::CommandLine::run(argc, argv);
}
