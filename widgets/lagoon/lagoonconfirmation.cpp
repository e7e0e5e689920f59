// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Lagoon {

QMessageBox *LagoonConfirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                                     const QString &confirmText, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("lagoonConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("lagoonConfirm"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [confirm, confirmed = std::move(confirmed)](QAbstractButton *button) {
        if (button == confirm && confirmed)
            confirmed();
    });
    box->open();
    return box;
}

} // namespace Lagoon
