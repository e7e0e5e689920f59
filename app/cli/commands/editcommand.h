// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `set FILE PATH VALUE` and `unset FILE PATH`: one edit of a YAML file from a script, made as
 * the editor makes it (a minimal patch: comments and formatting stay as written). The edited
 * file is validated with its project before it is written; an edit that adds errors is refused
 * (exit 1, file untouched) unless --force. --dry-run prints the result instead of writing it.
 */
class EditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::EditCommand)

public:
    enum class Mode
    {
        Set,
        Unset
    };
    explicit EditCommand(Mode mode)
        : m_mode(mode)
    {
    }

    QString name() const override { return m_mode == Mode::Set ? QStringLiteral("set") : QStringLiteral("unset"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    Mode m_mode;
};

} // namespace Lagoon::Cli
