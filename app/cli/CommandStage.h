// SPDX-License-Identifier: MIT
// CommandStage: what a headless command is doing now ("reading the model netG.pt", "writing the
// script x.py"), so that the last line of defence in CommandLine (an exception no check foresaw,
// or the system refusing memory) says what was being done instead of aborting. A Scope names the
// stage for as long as it lives; stages nest. The handler runs after the stack has unwound, so the
// innermost scope that an exception left is remembered as the stage that failed.
#pragma once

#include <QString>

namespace sb {

class CommandStage {
public:
    class Scope {
    public:
        explicit Scope(const QString& what);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        int exceptions_;  // std::uncaught_exceptions() when the scope began
    };
    // The stage an exception left last (the innermost), else the innermost running one, else empty.
    static QString current();
};

}  // namespace sb
