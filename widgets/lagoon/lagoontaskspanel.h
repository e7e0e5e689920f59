// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "widgets/lagoon/lagoonenvironmentref.h"

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace Lagoon {


class LagoonTasksModel;
class TaskWatcher;

/** The Tasks tab of an environment: its tasks, live from a TaskWatcher, and a finished task's log. */
class LagoonTasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonTasksPanel)

public:
    explicit LagoonTasksPanel(QWidget *parent = nullptr);
    ~LagoonTasksPanel() override;

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();
    void refresh();

    LagoonTasksModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_log; }
    bool selectTask(int id);

Q_SIGNALS:
    void answered();
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onReconciled();
    void onSelectionChanged();
    void showLogOf(int id);

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    TaskWatcher *m_watcher = nullptr;
    LagoonTasksModel *m_model;
    QDateTime m_cachedAsOf;
    int m_logShown = 0;
    QTreeView *m_view;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QTimer m_clock;
};

} // namespace Lagoon
