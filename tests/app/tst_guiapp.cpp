// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * lagoon-desktop started as a user starts it: a second launch hands its folder to the running
 * window, and the start-up report the benchmark and the package smoke test read.
 */
class TestGuiApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        for (const char *dir : {"run", "config", "cache", "data"})
            QVERIFY(QDir(m_home->path()).mkdir(QString::fromLatin1(dir)));
        QVERIFY(QFile::setPermissions(m_home->filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void cleanup()
    {
        for (auto &process : m_processes) {
            process->kill();
            process->waitForFinished(5000);
        }
        m_processes.clear();
    }

    void aSecondLaunchOpensItsFolderInTheRunningWindow()
    {
        QProcess *primary = launch({});
        QVERIFY(primary);
        QTRY_VERIFY_WITH_TIMEOUT(someoneListens(), 20000);

        QProcess *second = launch({example()});
        QVERIFY(second);
        QVERIFY(second->waitForFinished(15000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(second->readAllStandardError().contains("already running"), "the second launch says where its folder went");

        // The running window opened it: it is now the most recent project in its settings.
        QTRY_COMPARE_WITH_TIMEOUT(recentProjects().value(0), example(), 15000);
        QCOMPARE(primary->state(), QProcess::Running);
    }

    void aWindowThatCrashedIsReplacedByTheNextLaunch()
    {
        QProcess *crashed = launch({});
        QVERIFY(crashed);
        QTRY_VERIFY_WITH_TIMEOUT(someoneListens(), 20000);
        crashed->kill(); // leaves its socket file behind
        QVERIFY(crashed->waitForFinished(5000));
        QVERIFY(QFile::exists(socketPath()));

        QProcess *next = launch({});
        QVERIFY(next);
        // It took the socket over and listens on it; a third launch is then handed to it.
        QTRY_VERIFY_WITH_TIMEOUT(someoneListens(), 20000);
        QProcess *third = launch({example()});
        QVERIFY(third);
        QVERIFY(third->waitForFinished(15000));
        QCOMPARE(third->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(recentProjects().value(0), example(), 15000);
        QCOMPARE(next->state(), QProcess::Running);
    }

    void newInstanceStartsASeparateWindow()
    {
        QProcess *primary = launch({});
        QVERIFY(primary);
        QTRY_VERIFY_WITH_TIMEOUT(someoneListens(), 20000);
        QProcess *separate = launch({u"--new-instance"_s, example()});
        QVERIFY(separate);
        // The separate window opened the folder itself; a hand-over would have exited long before.
        QTRY_COMPARE_WITH_TIMEOUT(recentProjects().value(0), example(), 20000);
        QCOMPARE(separate->state(), QProcess::Running);
        QVERIFY(!separate->readAllStandardError().contains("already running"));
    }

    void theStartupReportNamesTheFirstFrameAndTheLoadedProject()
    {
        QProcess *app = launch({u"--exit-after-first-frame"_s, example()});
        QVERIFY(app);
        QVERIFY(app->waitForFinished(30000));
        QCOMPARE(app->exitCode(), 0);
        const QList<QByteArray> lines = app->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject frame = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject loaded = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(frame.value(u"event"_s).toString(), u"first-frame"_s);
        QVERIFY(frame.value(u"msSinceMain"_s).toDouble() > 0);
        QCOMPARE(loaded.value(u"event"_s).toString(), u"project-loaded"_s);
        QCOMPARE(loaded.value(u"title"_s).toString(), u"drupal-example"_s);
        QCOMPARE(loaded.value(u"project"_s).toString(), example());
        QVERIFY(loaded.value(u"msSinceMain"_s).toDouble() >= frame.value(u"msSinceMain"_s).toDouble());
        // It is no instance anyone can hand folders to.
        QVERIFY(!QFile::exists(socketPath()));
    }

    void aMissingFolderIsReportedNotHidden()
    {
        const QString missing = m_home->filePath(u"no-such-project"_s);
        QProcess *app = launch({u"--exit-after-first-frame"_s, missing});
        QVERIFY(app);
        QVERIFY(app->waitForFinished(30000));
        QCOMPARE(app->exitCode(), 0);
        const QByteArray out = app->readAllStandardOutput();
        QVERIFY2(out.contains("\"event\":\"project-failed\""), out.constData());
        QVERIFY2(out.contains(QByteArray(QFile::encodeName(missing) + " does not exist")), out.constData());
    }

private:
    QString socketPath() const { return m_home->filePath(u"run/sh.lagoon.Desktop.socket"_s); }
    static QString example() { return QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"); }

    bool someoneListens() const
    {
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        return probe.waitForConnected(1000);
    }

    QStringList recentProjects() const
    {
        QSettings settings(m_home->filePath(u"config/lagoon-desktop/lagoon-desktop.ini"_s), QSettings::IniFormat);
        return settings.value(u"projects/recent"_s).toStringList();
    }

    QProcess *launch(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // The messages checked here are the English ones, whatever the tester's language.
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home->filePath(u"run"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        // No session bus: the app must start without notifications or a keychain all the same.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("LAGOON_DESKTOP"), arguments);
        if (!process->waitForStarted(10000))
            return nullptr;
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
