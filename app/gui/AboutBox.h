// SPDX-License-Identifier: MIT
// AboutBox: Help → About Scatterboard: the version, the MIT licence (in full under Show Details)
// and the credits, the test photo's attribution among them, since the photo ships in the binary.
#pragma once

#include <QString>

class QWidget;

namespace sb {

class AboutBox {
public:
    // Rich text: the version (the CMake project version, as `--version` prints it), the licence in
    // one line, and the credits.
    static QString text();
    // The LICENSE file, compiled in as ":/LICENSE".
    static QString licence();
    // Opens the box, modal on parent.
    static void show(QWidget* parent);
};

} // namespace sb
