// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/accounts/accountsignin.h"

class QLabel;
class QPushButton;

namespace Lagoon {

/**
 * What a sign-in is doing (opening the browser page, waiting for the browser, asking the SSH token
 * service, checking the token, saving it), with Cancel while it runs and, once the browser page
 * was opened, a link that opens it again. Hidden while no sign-in runs.
 */
class SignInProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInProgress)

public:
    explicit SignInProgress(QWidget *parent = nullptr);

    /** `sshHost` names the service asked; `pageOpened` offers to open the browser page again. */
    void showStage(AccountSignIn::Stage stage, const QString &sshHost = {}, bool pageOpened = false);
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();
    void reopenRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AccountSignIn::Stage m_stage = AccountSignIn::Stage::Idle;
    QString m_sshHost;
    bool m_pageOpened = false;
    QLabel *m_text;
    QPushButton *m_cancel;
};

} // namespace Lagoon
