// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/backupssection.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "widgets/editor/forms/cronfield.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formschema.h"

namespace Lagoon {

BackupsSection::BackupsSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

void BackupsSection::build(QWidget *content, const YamlNode &)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *retention = new FormCard(tr("Backups kept"), content);
    retention->setObjectName(QStringLiteral("backupRetentionCard"));
    retention->setSubtitle(tr("production environments"));
    const YamlPath retentionPath = YamlPath().key(QStringLiteral("backup-retention")).key(QStringLiteral("production"));
    const struct
    {
        QString key;
        QString label;
    } periods[] = {
        {QStringLiteral("hourly"), tr("&Hourly:")},
        {QStringLiteral("daily"), tr("&Daily:")},
        {QStringLiteral("weekly"), tr("&Weekly:")},
        {QStringLiteral("monthly"), tr("&Monthly:")},
    };
    for (const auto &period : periods) {
        const QStringList keys = {QStringLiteral("backup-retention"), QStringLiteral("production"), period.key};
        auto *spin = new QSpinBox(retention);
        spin->setObjectName(QStringLiteral("backupRetention-") + period.key);
        spin->setRange(-1, 1000);
        spin->setSpecialValueText(tr("Default (%1)").arg(FormSchema::defaultValue(keys)));
        spin->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        retention->addRow(period.label, spin, FormSchema::toolTip(keys));
        binder()->bindSpinBox(spin, FieldAccess::at(retentionPath.child(period.key)),
                              {tr("Change backup retention"), FieldBinder::Write::Plain, true});
    }
    layout->addWidget(retention);

    auto *schedule = new FormCard(tr("Backup schedule"), content);
    schedule->setObjectName(QStringLiteral("backupScheduleCard"));
    schedule->setSubtitle(tr("production environments"));
    const QStringList scheduleKeys = {QStringLiteral("backup-schedule"), QStringLiteral("production")};
    auto *cron = new CronField(context(), QString(), schedule);
    cron->setObjectName(QStringLiteral("backupScheduleField"));
    cron->lineEdit()->setObjectName(QStringLiteral("backupSchedule"));
    cron->setDefaultSchedule(FormSchema::defaultValue(scheduleKeys));
    schedule->addRow(tr("&Schedule:"), cron->lineEdit(), FormSchema::toolTip(scheduleKeys), cron);
    binder()->bindLineEdit(
        cron->lineEdit(),
        FieldAccess::at(YamlPath().key(QStringLiteral("backup-schedule")).key(QStringLiteral("production"))),
        {tr("Change backup schedule"), FieldBinder::Write::String, true});
    layout->addWidget(schedule);
    layout->addStretch(1);
}

} // namespace Lagoon
