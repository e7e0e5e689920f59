// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>

#include "app/gui/guiapplication.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lagoon-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lagoon Desktop"));
    QApplication::setOrganizationName(QStringLiteral("lagoon-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LAGOON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LAGOON_APP_ID));

    Lagoon::GuiApplication gui(&app);
    if (const int early = gui.start(); early >= 0)
        return early;
    return QApplication::exec();
}
