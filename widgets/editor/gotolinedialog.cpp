// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/gotolinedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Lagoon {

GoToLineDialog::GoToLineDialog(int lineCount, int currentLine, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_lineCount(lineCount)
{
    setObjectName(QStringLiteral("goToLineDialog"));
    setWindowTitle(tr("Go to Line"));
    m_label->setText(tr("Line number (1–%1), optionally followed by :column").arg(lineCount));
    m_label->setBuddy(m_input);
    m_input->setObjectName(QStringLiteral("goToLineInput"));
    m_input->setPlaceholderText(tr("line[:column]"));
    m_input->setText(QString::number(currentLine));
    m_input->selectAll();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_input);
    layout->addWidget(m_buttons);

    connect(m_input, &QLineEdit::textChanged, this, &GoToLineDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoToLineDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

std::optional<GoToLineDialog::Target> GoToLineDialog::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(?::\\s*(\\d+)\\s*)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    Target target;
    target.line = match.captured(1).toInt(&ok);
    if (!ok || target.line < 1)
        return std::nullopt;
    if (match.hasCaptured(2)) {
        target.column = match.captured(2).toInt(&ok);
        if (!ok || target.column < 1)
            return std::nullopt;
    }
    return target;
}

void GoToLineDialog::validate()
{
    const std::optional<Target> target = parse(m_input->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(target && target->line <= m_lineCount);
}

void GoToLineDialog::confirm()
{
    const std::optional<Target> target = parse(m_input->text());
    if (!target || target->line > m_lineCount)
        return;
    Q_EMIT targetChosen(target->line, target->column);
    accept();
}

} // namespace Lagoon
