// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lagoon {

/** Asks for `line` or `line:column` (1-based) to move the text cursor to (Ctrl+G). */
class GoToLineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToLineDialog)

public:
    struct Target
    {
        int line = 1;
        int column = 1;
    };

    GoToLineDialog(int lineCount, int currentLine, QWidget *parent = nullptr);

    /** `line` or `line:column` with positive numbers (spaces allowed around them); nothing otherwise. */
    static std::optional<Target> parse(const QString &text);

    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    /** The user confirmed a valid position. */
    void targetChosen(int line, int column);

private:
    void validate();
    void confirm();

    QLabel *m_label;
    QLineEdit *m_input;
    QDialogButtonBox *m_buttons;
    int m_lineCount;
};

} // namespace Lagoon
