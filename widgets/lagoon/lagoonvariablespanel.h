// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "core/remote/lagoonenvironmentref.h"

class QAction;
class QLabel;
class QTreeView;

namespace Lagoon {


class LagoonVariableDialog;
class LagoonVariablesModel;

/**
 * The Variables tab of an environment: the names and scopes of its variables and its
 * project's. A value is fetched only when the user reveals it, and never cached. Adding,
 * changing and deleting ask first, saying the scope and when the change takes effect.
 */
class LagoonVariablesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonVariablesPanel)

public:
    explicit LagoonVariablesPanel(QWidget *parent = nullptr);

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();
    void refresh();

    LagoonVariablesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Reveals (or hides again) the selected variable's value. */
    void toggleRevealSelected();
    /** Opens the dialog to add a variable (to change the selected one with `change`). */
    LagoonVariableDialog *openEditor(bool change = false);
    void deleteSelected();

Q_SIGNALS:
    void answered();
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fetchLevel(bool project);
    void onLevelAnswer(bool project, const QJsonArray &list);
    /** Asks, then sets the variable; without a `value` it keeps the one it has (only the scope changes). */
    void save(const QString &name, const std::optional<QString> &value, const QString &scope, bool project,
              bool existed);
    void setVariable(const QString &name, const QString &value, const QString &scope, bool project);
    /** The variable's value from Lagoon (nullopt: there is no such variable any more). */
    void fetchValue(const QString &name, bool project,
                    std::function<void(const Result<std::optional<QString>> &value)> done);
    void updateActions();
    /** The panel still shows `environment` through `session`: what the user confirmed is still meant. */
    bool isStillShowing(const QPointer<LagoonSession> &session, const LagoonEnvironmentRef &environment) const;
    /** Says that `what` (e.g. "X was not saved") did not happen because the session or environment went. */
    void reportGone(const QString &what);
    QJsonObject levelVariables(bool project) const;

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    LagoonVariablesModel *m_model;
    QJsonArray m_environmentList;
    QJsonArray m_projectList;
    int m_generation = 0;
    QAction *m_add;
    QAction *m_change;
    QAction *m_delete;
    QAction *m_reveal;
    QLabel *m_status;
    QTreeView *m_view;
};

} // namespace Lagoon
