// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTreeWidget>

#include "core/deploy/deploypreflight.h"

namespace Lagoon {

/**
 * The pre-flight findings of a deployment, worst first: validation errors (they block; a
 * double-click or Enter opens the place in the editor), warnings, and what git says Lagoon
 * would not see. One line that all is well when nothing was found.
 */
class DeployChecksList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployChecksList)

public:
    explicit DeployChecksList(QWidget *parent = nullptr);

    void showRunning();
    void showReport(const DeployPreflightReport &report);
    void showFailure(const QString &message);

Q_SIGNALS:
    /** The user asked to see where a finding is (relative file, 1-based line and column). */
    void sourceRequested(const QString &file, int line, int column);

private:
    void addDiagnostic(const Diagnostic &diagnostic);
    void addLine(const QString &iconName, QStyle::StandardPixmap fallback, const QString &text);
    void onActivated(QTreeWidgetItem *item);
};

} // namespace Lagoon
