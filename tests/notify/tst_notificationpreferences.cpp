// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationsettings.h"
#include "core/settings/settings.h"

#include "widgets/dialogs/preferencesdialog.h"

using namespace Lagoon;
using Choice = NotificationPolicy::Choice;

class tst_NotificationPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    static void choose(QComboBox *combo, Choice choice) { combo->setCurrentIndex(combo->findData(int(choice))); }

private Q_SLOTS:
    void dialog_showsAndSavesTheNotificationChoices()
    {
        Settings settings(new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        NotificationPolicy policy(&settings, {});
        policy.setChoice(QStringLiteral("quiet-project"), Choice::None);
        policy.setChoice(QStringLiteral("busy-project"), Choice::FailuresOnly);

        PreferencesDialog dialog(&settings);
        auto *doNotDisturb = child<QCheckBox>(&dialog, "preferencesDoNotDisturb");
        auto *keepWatching = child<QCheckBox>(&dialog, "preferencesKeepWatching");
        auto *defaultChoice = child<QComboBox>(&dialog, "preferencesNotifyDefault");
        auto *projects = child<QTableWidget>(&dialog, "preferencesNotifyProjects");
        QVERIFY(doNotDisturb && keepWatching && defaultChoice && projects);
        QVERIFY(!doNotDisturb->isChecked());
        QVERIFY(keepWatching->isChecked()); // on by default
        QCOMPARE(defaultChoice->currentText(), QStringLiteral("Every outcome"));
        // The projects with a choice of their own, sorted, with that choice.
        QCOMPARE(projects->rowCount(), 2);
        QCOMPARE(projects->item(0, 0)->text(), QStringLiteral("busy-project"));
        QCOMPARE(qobject_cast<QComboBox *>(projects->cellWidget(0, 1))->currentText(), QStringLiteral("Failures only"));
        QCOMPARE(qobject_cast<QComboBox *>(projects->cellWidget(1, 1))->currentText(), QStringLiteral("None"));
        // A screen reader names each row's choice by its project (the combo box has no label).
        QCOMPARE(projects->cellWidget(0, 1)->accessibleName(), QStringLiteral("Notifications for busy-project"));

        doNotDisturb->setChecked(true);
        keepWatching->setChecked(false);
        choose(defaultChoice, Choice::FailuresOnly);
        // busy-project goes back to the default; a new project gets every outcome.
        projects->setCurrentCell(0, 0);
        child<QPushButton>(&dialog, "preferencesNotifyRemoveProject")->click();
        child<QPushButton>(&dialog, "preferencesNotifyAddProject")->click();
        QCOMPARE(projects->rowCount(), 2);
        projects->item(1, 0)->setText(QStringLiteral("new-project"));
        choose(qobject_cast<QComboBox *>(projects->cellWidget(1, 1)), Choice::All);
        dialog.accept();

        QVERIFY(policy.doNotDisturb());
        QVERIFY(!settings.value(SettingKeys::KeepWatchingWhenClosed));
        QCOMPARE(policy.defaultChoice(), Choice::FailuresOnly);
        QCOMPARE(policy.choice(QStringLiteral("quiet-project")), Choice::None);
        QCOMPARE(policy.choice(QStringLiteral("busy-project")), Choice::FailuresOnly); // the default now
        QVERIFY(!policy.projectChoices().contains(QStringLiteral("busy-project")));
        QCOMPARE(policy.choice(QStringLiteral("new-project")), Choice::All);
        QCOMPARE(policy.projectChoices().size(), 2);
    }
};

QTEST_MAIN(tst_NotificationPreferences)
#include "tst_notificationpreferences.moc"
