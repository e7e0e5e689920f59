// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Lagoon {

class FormContext;

/**
 * A cron schedule in Lagoon's dialect (`M/15 * * * *`, `M H(22-2) * * *`) with a line under it
 * that says in words when it runs and, for an environment, which minute Lagoon will pick: M and H
 * are seeded by the environment's Kubernetes namespace, which comes from the project name
 * (FormContext::projectName()) and the environment name. Invalid schedules show Lagoon's own
 * error text. The line edit is what a FieldBinder binds.
 */
class CronField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronField)

public:
    /** `environment` may be empty (the backup schedule): then no minute is shown. */
    CronField(FormContext *context, const QString &environment, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /** What Lagoon uses when no schedule is written; explained while the field is empty. */
    void setDefaultSchedule(const QString &schedule);
    /** The explanation shown under the schedule. */
    QString explanation() const;
    /** The namespace whose seed picks M and H, or empty. */
    QString namespaceName() const;

private:
    void updateExplanation();

    FormContext *m_context;
    QString m_environment;
    QString m_default;
    QLineEdit *m_edit;
    QLabel *m_explanation;
};

} // namespace Lagoon
