// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/remote/lagoontaskdefinition.h"
#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "core/remote/lagoonenvironmentref.h"

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace Lagoon {



/**
 * The Run task tab: the advanced task definitions the environment offers, a form for the
 * selected one's arguments, and Run (invokeRegisteredTask). Asks first when the definition has
 * a confirmation text or the environment is production.
 */
class LagoonRunTaskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonRunTaskPanel)

public:
    explicit LagoonRunTaskPanel(QWidget *parent = nullptr);

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();
    void refresh();

    /** Shows definitions without asking Lagoon (tests, cached answers). */
    void setDefinitions(const QList<LagoonTaskDefinition> &definitions);
    const QList<LagoonTaskDefinition> &definitions() const { return m_definitions; }
    bool selectDefinition(int id);
    /** The argument values the form holds now (argument name → value). */
    QHash<QString, QString> argumentValues() const;
    /** The form's field for argument `name`. */
    QWidget *fieldFor(const QString &name) const;
    /** Runs the selected definition (asking first when it should). */
    void run();

Q_SIGNALS:
    void answered();
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);
    /** Lagoon accepted the task; it shows in the Tasks tab. */
    void taskStarted(int id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDefinition();
    void invoke(const LagoonTaskDefinition &definition, const QHash<QString, QString> &values);
    void updateRunButton();
    LagoonTaskDefinition current() const;

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    QList<LagoonTaskDefinition> m_definitions;
    QHash<QString, QWidget *> m_fields;
    int m_generation = 0;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_command;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QPushButton *m_run;
    QLabel *m_status;
};

} // namespace Lagoon
