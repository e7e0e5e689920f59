// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace Lagoon {

/**
 * The question the Lagoon browser asks before it changes something on Lagoon: a window-modal
 * message box opened with open() (no nested event loop) whose confirm button runs `confirmed`.
 * The box is a child of `parent` named "lagoonConfirmation" and deletes itself when closed.
 */
class LagoonConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonConfirmation)

public:
    static QMessageBox *ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                            const QString &confirmText, std::function<void()> confirmed);
};

} // namespace Lagoon
