// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QElapsedTimer>

#include "app/gui/guiapplication.h"

int main(int argc, char *argv[])
{
    // Started before anything else so the start-up benchmark sees what main() and Qt cost.
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lagoon-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lagoon Desktop"));
    QApplication::setOrganizationName(QStringLiteral("lagoon-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LAGOON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LAGOON_APP_ID));

    Lagoon::GuiApplication gui(&app, sinceMain);
    if (const int early = gui.start(); early >= 0)
        return early;
    return QApplication::exec();
}
