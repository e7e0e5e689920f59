// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/shellcommanddialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lagoon {

ShellCommandDialog::ShellCommandDialog(const QString &service, const QString &command, QWidget *parent)
    : QDialog(parent)
    , m_command(new QLineEdit(command, this))
{
    setObjectName(QStringLiteral("shellCommandDialog"));
    setWindowTitle(tr("Open a shell in %1").arg(service));
    auto *text = new QLabel(tr("No terminal emulator was found (set $TERMINAL to choose one). Run this command in a "
                               "terminal to get a shell in the %1 container:")
                                .arg(service),
                            this);
    text->setWordWrap(true);
    m_command->setObjectName(QStringLiteral("shellCommand"));
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command to run in a terminal"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMinimumWidth(m_command->fontMetrics().horizontalAdvance(command) + 24);
    m_command->selectAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("shellCommandCopy"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
}

QString ShellCommandDialog::command() const
{
    return m_command->text();
}

} // namespace Lagoon
