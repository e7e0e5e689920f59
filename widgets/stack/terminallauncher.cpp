// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/terminallauncher.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Lagoon {

namespace {

// What each emulator wants before the command. Debian policy requires x-terminal-emulator to
// take `-e PROGRAM ARGS…`, and most emulators agree; the others are listed here.
QStringList optionsBeforeCommand(const QString &program)
{
    const QString name = QFileInfo(program).fileName();
    if (name == QLatin1String("gnome-terminal") || name == QLatin1String("kgx") || name == QLatin1String("ptyxis") ||
        name == QLatin1String("mate-terminal"))
        return {QStringLiteral("--")};
    if (name == QLatin1String("xfce4-terminal") || name == QLatin1String("terminator"))
        return {QStringLiteral("-x")};
    if (name == QLatin1String("wezterm"))
        return {QStringLiteral("start"), QStringLiteral("--")};
    if (name == QLatin1String("kitty") || name == QLatin1String("foot"))
        return {};
    return {QStringLiteral("-e")};
}

} // namespace

TerminalLauncher::TerminalLauncher(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString TerminalLauncher::findExecutable(const QString &name) const
{
    if (name.contains(QLatin1Char('/'))) {
        const QFileInfo info(name);
        return info.isExecutable() && info.isFile() ? info.absoluteFilePath() : QString();
    }
    const QStringList paths = m_environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, paths);
}

std::optional<TerminalLauncher::Launch> TerminalLauncher::launchFor(const QStringList &command) const
{
    QStringList candidates;
    // $TERMINAL may carry options ("kitty --single-instance"); the first word is the program.
    const QStringList preferred =
        m_environment.value(QStringLiteral("TERMINAL")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString preferredProgram = preferred.isEmpty() ? QString() : preferred.constFirst();
    if (!preferredProgram.isEmpty())
        candidates << preferredProgram;
    candidates << QStringLiteral("x-terminal-emulator") << QStringLiteral("gnome-terminal") << QStringLiteral("konsole")
               << QStringLiteral("xterm") << QStringLiteral("kgx") << QStringLiteral("xfce4-terminal")
               << QStringLiteral("mate-terminal") << QStringLiteral("alacritty") << QStringLiteral("kitty")
               << QStringLiteral("foot") << QStringLiteral("wezterm");
    for (const QString &candidate : std::as_const(candidates)) {
        const QString program = findExecutable(candidate);
        if (program.isEmpty())
            continue;
        Launch launch;
        launch.program = program;
        if (candidate == preferredProgram)
            launch.arguments = preferred.mid(1);
        // x-terminal-emulator is a link to the real one, whose conventions apply.
        launch.arguments += optionsBeforeCommand(QFileInfo(program).canonicalFilePath().isEmpty()
                                                     ? program
                                                     : QFileInfo(program).canonicalFilePath());
        launch.arguments += command;
        return launch;
    }
    return std::nullopt;
}

bool TerminalLauncher::open(const QStringList &command) const
{
    const std::optional<Launch> launch = launchFor(command);
    if (!launch)
        return false;
    QProcess process;
    process.setProgram(launch->program);
    process.setArguments(launch->arguments);
    process.setProcessEnvironment(m_environment);
    return process.startDetached();
}

QStringList TerminalLauncher::shellCommand(const QString &container)
{
    // Lagoon's images have bash, plain ones often only sh; the container's sh picks.
    return {QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-it"), container, QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("command -v bash >/dev/null && exec bash || exec sh")};
}

QString TerminalLauncher::quoted(const QStringList &command)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList words;
    for (const QString &word : command) {
        if (plain.match(word).hasMatch()) {
            words << word;
        } else {
            QString escaped = word;
            escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            words << QLatin1Char('\'') + escaped + QLatin1Char('\'');
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace Lagoon
