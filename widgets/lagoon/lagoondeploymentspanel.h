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

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeView;

namespace Lagoon {

class DeploymentWatcher;
class LagoonDeploymentsModel;


/**
 * The Deployments tab of an environment: its builds, live from a DeploymentWatcher (the cached
 * list first), the log of the selected finished build, Deploy latest and Cancel.
 */
class LagoonDeploymentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDeploymentsPanel)

public:
    explicit LagoonDeploymentsPanel(QWidget *parent = nullptr);
    ~LagoonDeploymentsPanel() override;

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();
    /** Asks Lagoon again (after an error). */
    void refresh();

    LagoonDeploymentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_log; }
    /** Selects the build `name`; false when it is not listed. */
    bool selectDeployment(const QString &name);

Q_SIGNALS:
    /** Lagoon answered. */
    void answered();
    /** Lagoon failed; `cachedAsOf` is the time of the cached list shown instead (invalid: none). */
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onDeploymentChanged(const QString &name);
    void onReconciled();
    void onSelectionChanged();
    void showLogOf(const QString &name);
    void deployLatest();
    void cancelSelected();
    void updateActions();
    QString selectedName() const;

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    DeploymentWatcher *m_watcher = nullptr;
    LagoonDeploymentsModel *m_model;
    QDateTime m_cachedAsOf;
    QString m_logShown;
    QAction *m_deploy;
    QAction *m_cancel;
    QLabel *m_status;
    QSplitter *m_splitter;
    QTreeView *m_view;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QTimer m_clock;
};

} // namespace Lagoon
