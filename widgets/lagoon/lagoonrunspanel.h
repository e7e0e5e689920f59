// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "core/remote/lagoonenvironmentref.h"

class QAbstractItemModel;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QTreeView;
class QVBoxLayout;

namespace Lagoon {

class EnvironmentWatcher;

/**
 * What the Deployments and Tasks tabs share: the runs of one environment in a table, the cached
 * list first and then a watcher's, beside the log of the selected run; and what they tell the
 * environment page, that Lagoon answered or failed. Subclasses fill the model and the log.
 */
class LagoonRunsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonRunsPanel)

public:
    ~LagoonRunsPanel() override;

    /** Asks Lagoon again (after an error). */
    void refresh();

    QTreeView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_log; }

Q_SIGNALS:
    /** Lagoon answered. */
    void answered();
    /** Lagoon failed; `cachedAsOf` is the time of the cached list shown instead (invalid: none). */
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);

protected:
    explicit LagoonRunsPanel(QWidget *parent);

    /** The runs the table shows (not owned). */
    void setModel(QAbstractItemModel *model);
    /** Puts `row` (a toolbar) above the table and the log. */
    void setTopRow(QLayout *row);
    QLabel *logTitle() const { return m_logTitle; }
    /** Ticks every second while a watcher runs, for the running durations. */
    QTimer *clock() { return &m_clock; }

    /**
     * Remembers what is shown and where its list is cached; false (nothing to show) without a
     * session or a valid environment.
     */
    bool begin(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &cacheKey);
    /** What was known last time (empty: nothing), to show at once until the watcher answers. */
    QJsonArray readCache();
    /** Starts `watcher` (owned) and the clock; the watcher's errors are reported by failed(). */
    void watch(EnvironmentWatcher *watcher);
    /** Whether the runs shown are still the cached ones. */
    bool showsCached() const { return !m_cachedAsOf.isNull(); }
    /** The watcher answered with `runs`, which replace the cached list. */
    void noteAnswer(const QJsonArray &runs);
    /** Stops the watcher and forgets the environment and the log. */
    void reset();

    LagoonSession *session() const { return m_session; }
    const LagoonEnvironmentRef &environment() const { return m_environment; }

    /** Shows the log of the current run (or why it cannot); also when that run changed. */
    virtual void showCurrentRun() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    QString m_cacheKey;
    QDateTime m_cachedAsOf;
    EnvironmentWatcher *m_watcher = nullptr;
    QVBoxLayout *m_layout;
    QTreeView *m_view;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QTimer m_clock;
};

} // namespace Lagoon
