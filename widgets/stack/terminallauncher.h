// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lagoon {

/**
 * Opens a command in the user's terminal emulator: $TERMINAL, else Debian's
 * x-terminal-emulator, else the first of gnome-terminal, konsole, xterm and a few others that is
 * installed. Each emulator wants the command after its own option (-e, --, -x or nothing); the
 * command is always passed as separate arguments, never as one shell string.
 */
class TerminalLauncher final
{
public:
    /** A terminal emulator and the arguments that make it run the command. */
    struct Launch
    {
        QString program; ///< absolute path
        QStringList arguments;
    };

    explicit TerminalLauncher(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /** How to run `command` (program first) in a terminal; nothing when no emulator is installed. */
    std::optional<Launch> launchFor(const QStringList &command) const;

    /** Starts the terminal, detached; false when there is none or it could not be started. */
    bool open(const QStringList &command) const;

    /** `docker exec -it CONTAINER sh -c '…'`: bash when the image has it, else sh. */
    static QStringList shellCommand(const QString &container);

    /** `command` quoted for a POSIX shell, for people to copy into theirs. */
    static QString quoted(const QStringList &command);

private:
    QString findExecutable(const QString &name) const;

    QProcessEnvironment m_environment;
};

} // namespace Lagoon
