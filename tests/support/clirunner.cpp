// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/clirunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace Lagoon::Test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &arguments, const QString &workdir, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workdir.isEmpty())
        process.setWorkingDirectory(workdir);
    process.start(qEnvironmentVariable("LAGOON_CLI"), arguments);
    CliRun result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Lagoon::Test
