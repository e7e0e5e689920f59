// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;

namespace Lagoon {

struct Error;

/**
 * One line (wrapped when long) inside a dialog that says what went wrong or what happened, next
 * to where it happened: the accounts dialog shows its errors here instead of in message boxes. A
 * new message replaces the old one; hidden while empty. The detail goes to the tooltip.
 */
class InlineMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)

public:
    enum class Kind
    {
        Error,
        Info,
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    void showError(const Error &error);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Lagoon
