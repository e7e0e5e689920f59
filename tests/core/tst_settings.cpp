// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"

using namespace Lagoon;

class tst_Settings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(file());
    }

    void value_unset_givesDeclaredDefault()
    {
        Settings settings(new QSettings(file(), QSettings::IniFormat));
        QCOMPARE(settings.value(SettingKeys::ColorScheme), QStringLiteral("system"));
        QCOMPARE(settings.value(SettingKeys::ReopenLastProject), true);
        QVERIFY(settings.value(SettingKeys::RecentProjects).isEmpty());
    }

    void setValue_persistsAndSignals()
    {
        {
            Settings settings(new QSettings(file(), QSettings::IniFormat));
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(SettingKeys::Language, QStringLiteral("ja"));
            settings.setValue(SettingKeys::Language, QStringLiteral("ja")); // no change, no signal
            settings.setValue(SettingKeys::ReopenLastProject, false);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(changed.first().first().toString(), QStringLiteral("ui/language"));
            settings.sync();
        }
        Settings reopened(new QSettings(file(), QSettings::IniFormat));
        QCOMPARE(reopened.value(SettingKeys::Language), QStringLiteral("ja"));
        QCOMPARE(reopened.value(SettingKeys::ReopenLastProject), false);
    }

    void addRecentProject_newestFirstNoDuplicatesCapped()
    {
        Settings settings(new QSettings(file(), QSettings::IniFormat));
        for (int i = 0; i < 12; ++i)
            settings.addRecentProject(QStringLiteral("/projects/p%1").arg(i));
        settings.addRecentProject(QStringLiteral("/projects/p5/"));
        const QStringList recent = settings.value(SettingKeys::RecentProjects);
        QCOMPARE(recent.size(), Settings::MaxRecentProjects);
        QCOMPARE(recent.first(), QStringLiteral("/projects/p5"));
        QCOMPARE(recent.count(QStringLiteral("/projects/p5")), 1);
        QVERIFY(!recent.contains(QStringLiteral("/projects/p0")));
        settings.removeRecentProject(QStringLiteral("/projects/p5"));
        QVERIFY(!settings.value(SettingKeys::RecentProjects).contains(QStringLiteral("/projects/p5")));
    }

    void value_wrongTypeInFile_fallsBackToDefault()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("projects/reopenLast"), QStringLiteral("banana"));
        }
        Settings settings(new QSettings(file(), QSettings::IniFormat));
        // A hand-edited or corrupted value falls back to the declared default, not to "true".
        QCOMPARE(settings.value(SettingKeys::ReopenLastProject), true);
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
