// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/diagnostics/diagnostic.h"

class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Lagoon {

class ProblemsFilterModel;
class ProblemsModel;

/**
 * The Problems dock's content: the diagnostics table with a switch per severity, or a sentence
 * when there are none. Clicking a problem asks for its place to be shown (problemActivated).
 */
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProblemsFilterModel *filter() const { return m_filter; }
    QToolButton *severityButton(Diagnostic::Severity severity) const;
    bool isShowingEmptyState() const;

Q_SIGNALS:
    /** `file` is relative to the project folder; line and column are 1-based (0: unknown). */
    void problemActivated(const QString &file, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void activate(const QModelIndex &index);

    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_infos;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace Lagoon
