// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;

namespace Lagoon {

/**
 * Shown when no terminal emulator could be started: the command that opens a shell in the
 * service's container, to copy into a terminal of the user's choice.
 */
class ShellCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShellCommandDialog)

public:
    ShellCommandDialog(const QString &service, const QString &command, QWidget *parent = nullptr);

    QString command() const;

private:
    QLineEdit *m_command;
};

} // namespace Lagoon
