// SPDX-License-Identifier: MIT
// AboutBox: the credits repeat resources/images/README.md's attribution, which the photo's MIT
// and Apache-2.0 licences ask to travel with every copy of it.
#include "app/gui/AboutBox.h"

#include "app/config/BuiltinPresets.h"

#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

namespace sb {

QString AboutBox::text()
{
    return QCoreApplication::translate(
               "sb::AboutBox",
               "<h3>Scatterboard %1</h3>"
               "<p>The transposed convolution of PyTorch's nn.ConvTranspose2d, contribution by contribution: "
               "every input element scatters a scaled copy of the kernel, and the copies add up.</p>"
               "<p>Copyright © 2026 The Scatterboard authors.<br>"
               "Free software under the MIT License (Show Details… for its text).</p>"
               "<p><b>Credits</b></p>"
               "<ul>"
               "<li>Test photo (the image view's default): the STM32F3DISCOVERY board from the "
               "<a href=\"https://docs.rust-embedded.org/book/\">Rust Embedded Book</a>, © the Rust Embedded "
               "Working Group, under the MIT License or the Apache License 2.0, at your option; downscaled to "
               "96 × 64.</li>"
               "<li>Built with <a href=\"https://www.qt.io/\">Qt</a> %2, "
               "<a href=\"https://eigen.tuxfamily.org/\">Eigen</a> and "
               "<a href=\"https://giflib.sourceforge.net/\">giflib</a>.</li>"
               "<li>Every number checked against <a href=\"https://pytorch.org/\">PyTorch</a>.</li>"
               "</ul>")
        .arg(QStringLiteral(SCATTERBOARD_VERSION), QString::fromLatin1(qVersion()));
}

QString AboutBox::licence()
{
    // Asking BuiltinPresets for anything registers the static library's resources, LICENSE among them.
    BuiltinPresets::demoPath();
    QFile file(QStringLiteral(":/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void AboutBox::show(QWidget* parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("sb::AboutBox", "About Scatterboard"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/scatterboard.svg")).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setText(text());
    box.setDetailedText(licence());
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace sb
