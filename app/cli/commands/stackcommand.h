// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>

#include "app/cli/commands/command.h"
#include "core/stack/dockerdoctor.h"

class QCommandLineParser;

namespace Lagoon::Cli {

/**
 * `stack up|down|ps|logs|rollout`: the project's local Docker stack.
 *
 * - `up [DIR] [--build]`, `down [DIR] [-v]`: compose, its output streamed.
 * - `ps [DIR] [--format text|json]`: every service with state, health and published ports/URLs.
 * - `logs [SERVICE] [--follow] [--tail N] [--timestamps]`: `service | line`; --follow streams
 *   until Ctrl-C (or SIGTERM, or a closed stdin pipe).
 * - `rollout [DIR]`: validate, build, up, wait, tasks (LocalRollout), each step with its time
 *   and output.
 *
 * All take `-C DIR` and `-p NAME` (compose project name). Before touching Docker they ask the
 * DockerDoctor; what it finds is printed with the fix and exits 2. Exit codes: 0 done, 1 the
 * compose command or the rollout failed, 2 usage errors or Docker not usable.
 */
class StackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::StackCommand)

public:
    QString name() const override { return QStringLiteral("stack"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The doctor's findings for people: summary, explanation, fix. */
    static void printFindings(const DockerFindings &findings, QTextStream &err);

private:
    struct Context;

    std::optional<int> prepare(const QString &action, const QString &folder, Context &context, QTextStream &err);
    std::optional<int> runDoctor(Context &context, DockerDoctor::Checks checks, QTextStream &err);
    int compose(Context &context, const QCommandLineParser &parser, const QString &action, QTextStream &out,
                QTextStream &err);
    int ps(Context &context, bool json, QTextStream &out, QTextStream &err);
    int logs(Context &context, const QCommandLineParser &parser, const QString &service, QTextStream &out,
             QTextStream &err);
    int rollout(Context &context, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
};

} // namespace Lagoon::Cli
