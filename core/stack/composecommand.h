// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Lagoon {

/** One thing to do to a compose stack; ComposeRunner turns it into compose invocations. */
struct ComposeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeCommand)

public:
    enum class Action {
        Build,   ///< build [SERVICE…]
        Up,      ///< up -d [SERVICE…]: create and start, detached
        Down,    ///< down [-v]: stop and remove containers and networks (and volumes)
        Restart, ///< restart [SERVICE…]
        Start,   ///< start SERVICE…: start existing containers
        Stop,    ///< stop SERVICE…
        Rebuild, ///< build SERVICE…, then up -d --no-deps SERVICE…: new image, new container
    };

    Action action = Action::Up;
    /** Empty: the whole stack (where compose allows it). */
    QStringList services;
    /** Down only: remove named and anonymous volumes too (-v). */
    bool removeVolumes = false;

    static ComposeCommand build(const QStringList &services = {}) { return {Action::Build, services, false}; }
    static ComposeCommand up(const QStringList &services = {}) { return {Action::Up, services, false}; }
    static ComposeCommand down(bool removeVolumes = false) { return {Action::Down, {}, removeVolumes}; }
    static ComposeCommand restart(const QStringList &services = {}) { return {Action::Restart, services, false}; }
    static ComposeCommand start(const QStringList &services) { return {Action::Start, services, false}; }
    static ComposeCommand stop(const QStringList &services) { return {Action::Stop, services, false}; }
    static ComposeCommand rebuild(const QStringList &services) { return {Action::Rebuild, services, false}; }

    /** The compose sub-command arguments of each invocation, in order (Rebuild has two). */
    QList<QStringList> steps() const;

    /** "up", "rebuild", … (stable, for logs and the CLI). */
    QString actionId() const;
    /** What it does, for people: "Starting the stack", "Rebuilding web". */
    QString description() const;

    friend bool operator==(const ComposeCommand &, const ComposeCommand &) = default;
};

} // namespace Lagoon
