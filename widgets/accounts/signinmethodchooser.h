// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/auth/loginmethod.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace Lagoon {

/**
 * How to sign in: in the browser, with an SSH key (ssh-agent and ssh's default keys, or a key
 * file), or with a token the user pastes. Shows the key chooser or the token field for the method
 * chosen; methods the account lacks the details for can be switched off.
 */
class SignInMethodChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInMethodChooser)

public:
    explicit SignInMethodChooser(QWidget *parent = nullptr);

    LoginMethod method() const;
    void setMethod(LoginMethod method);
    /** A method the account cannot use is shown switched off, with `why` as its tooltip. */
    void setMethodAvailable(LoginMethod method, bool available, const QString &why = {});

    /** The key file for -i; empty: ssh-agent and ssh's default keys. */
    QString keyFile() const;
    void setKeyFile(const QString &path);
    /** The text pasted, as typed. */
    QString pastedToken() const;
    void clearPastedToken();

    QRadioButton *button(LoginMethod method) const;
    QComboBox *keyChooser() const { return m_keys; }
    QPlainTextEdit *tokenEdit() const { return m_token; }

Q_SIGNALS:
    void methodChanged(Lagoon::LoginMethod method);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();
    void fillKeys(const QString &selected);
    void onKeyChosen(int index);

    QButtonGroup *m_group;
    QRadioButton *m_browser;
    QRadioButton *m_ssh;
    QRadioButton *m_paste;
    QLabel *m_browserHint;
    QWidget *m_sshBox;
    QLabel *m_keyLabel;
    QComboBox *m_keys;
    QWidget *m_pasteBox;
    QLabel *m_tokenHint;
    QPlainTextEdit *m_token;
};

} // namespace Lagoon
