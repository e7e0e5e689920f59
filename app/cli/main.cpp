// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>

#include "app/cli/cliapplication.h"
#include "core/i18n/translationloader.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lagoon-desktop-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lagoon Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAGOON_VERSION));

    Lagoon::TranslationLoader translations(&app);
    translations.install(qEnvironmentVariable("LAGOON_DESKTOP_LANGUAGE"));

    Lagoon::Cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
