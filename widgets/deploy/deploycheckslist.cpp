// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/deploy/deploycheckslist.h"

#include <QHeaderView>
#include <QIcon>

namespace Lagoon {

namespace {

enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

} // namespace

DeployChecksList::DeployChecksList(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(true);
    setAccessibleName(tr("Pre-flight checks"));
    setAccessibleDescription(tr("What was found before deploying; open an error to see it in the editor"));
    connect(this, &QTreeWidget::itemActivated, this, &DeployChecksList::onActivated);
}

void DeployChecksList::showRunning()
{
    clear();
    addLine(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, tr("Checking the project…"));
}

void DeployChecksList::showFailure(const QString &message)
{
    clear();
    addLine(QStringLiteral("dialog-error"), QStyle::SP_MessageBoxCritical, message);
}

void DeployChecksList::showReport(const DeployPreflightReport &report)
{
    clear();
    for (const Diagnostic &error : report.errors)
        addDiagnostic(error);
    for (const Diagnostic &warning : report.warnings)
        addDiagnostic(warning);
    for (const QString &finding : report.gitFindings())
        addLine(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, finding);
    if (topLevelItemCount() == 0)
        addLine(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton,
                tr("No problems: the files are valid and the branch is pushed."));
}

void DeployChecksList::addDiagnostic(const Diagnostic &diagnostic)
{
    const bool error = diagnostic.severity == Diagnostic::Severity::Error;
    const QString where = diagnostic.line > 0 ? QStringLiteral("%1:%2").arg(diagnostic.file).arg(diagnostic.line)
                                              : diagnostic.file;
    addLine(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"),
            error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
            tr("%1 — %2").arg(where, diagnostic.message));
    QTreeWidgetItem *item = topLevelItem(topLevelItemCount() - 1);
    item->setData(0, FileRole, diagnostic.file);
    item->setData(0, LineRole, diagnostic.line);
    item->setData(0, ColumnRole, diagnostic.column);
    item->setToolTip(0, diagnostic.hint.isEmpty() ? tr("Double-click to open it in the editor")
                                                  : diagnostic.hint);
}

void DeployChecksList::addLine(const QString &iconName, QStyle::StandardPixmap fallback, const QString &text)
{
    auto *item = new QTreeWidgetItem(this, {text});
    item->setIcon(0, QIcon::fromTheme(iconName, style()->standardIcon(fallback)));
    item->setToolTip(0, text);
}

void DeployChecksList::onActivated(QTreeWidgetItem *item)
{
    const QString file = item->data(0, FileRole).toString();
    if (!file.isEmpty())
        Q_EMIT sourceRequested(file, qMax(1, item->data(0, LineRole).toInt()), qMax(1, item->data(0, ColumnRole).toInt()));
}

} // namespace Lagoon
