// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composecommand.h"

namespace Lagoon {

QList<QStringList> ComposeCommand::steps() const
{
    const QString detach = QStringLiteral("-d");
    switch (action) {
    case Action::Build:
        return {QStringList{QStringLiteral("build")} + services};
    case Action::Up:
        return {QStringList{QStringLiteral("up"), detach} + services};
    case Action::Down:
        return {removeVolumes ? QStringList{QStringLiteral("down"), QStringLiteral("-v")}
                              : QStringList{QStringLiteral("down")}};
    case Action::Restart:
        return {QStringList{QStringLiteral("restart")} + services};
    case Action::Start:
        return {QStringList{QStringLiteral("start")} + services};
    case Action::Stop:
        return {QStringList{QStringLiteral("stop")} + services};
    case Action::Rebuild:
        // --no-deps: rebuilding one service must not restart the ones it depends on.
        return {QStringList{QStringLiteral("build")} + services,
                QStringList{QStringLiteral("up"), detach, QStringLiteral("--no-deps")} + services};
    }
    return {};
}

QString ComposeCommand::actionId() const
{
    switch (action) {
    case Action::Build:
        return QStringLiteral("build");
    case Action::Up:
        return QStringLiteral("up");
    case Action::Down:
        return QStringLiteral("down");
    case Action::Restart:
        return QStringLiteral("restart");
    case Action::Start:
        return QStringLiteral("start");
    case Action::Stop:
        return QStringLiteral("stop");
    case Action::Rebuild:
        return QStringLiteral("rebuild");
    }
    return {};
}

QString ComposeCommand::description() const
{
    const QString names = services.join(QStringLiteral(", "));
    const bool all = services.isEmpty();
    switch (action) {
    case Action::Build:
        return all ? tr("Building the stack") : tr("Building %1").arg(names);
    case Action::Up:
        return all ? tr("Starting the stack") : tr("Starting %1").arg(names);
    case Action::Down:
        return tr("Removing the stack");
    case Action::Restart:
        return all ? tr("Restarting the stack") : tr("Restarting %1").arg(names);
    case Action::Start:
        return tr("Starting %1").arg(names);
    case Action::Stop:
        return tr("Stopping %1").arg(names);
    case Action::Rebuild:
        return tr("Rebuilding %1").arg(names);
    }
    return {};
}

} // namespace Lagoon
