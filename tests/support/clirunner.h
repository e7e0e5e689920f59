// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace Lagoon::Test {

/** What one run of the built lagoon-desktop-cli printed and returned. */
struct CliRun
{
    int exitCode = -1; ///< -1: did not finish in time, -2: crashed
    QByteArray out;
    QByteArray err;

    QString text() const { return QString::fromUtf8(out); }
    QJsonObject json() const;
};

/** Runs the CLI named by the LAGOON_CLI environment variable (set by CMake for CLI tests). */
CliRun runCli(const QStringList &arguments, const QString &workdir = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace Lagoon::Test
