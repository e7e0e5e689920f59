// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/stack/terminallauncher.h"

using namespace Lagoon;

class tst_TerminalLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;

    void install(const QString &name)
    {
        QFile file(m_bin.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexit 0\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
    }

    QProcessEnvironment environment(const QString &terminal = {}) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), m_bin.path());
        if (!terminal.isEmpty())
            env.insert(QStringLiteral("TERMINAL"), terminal);
        return env;
    }

    static QStringList command() { return {QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-it"), QStringLiteral("c1"), QStringLiteral("sh")}; }

private Q_SLOTS:
    void noEmulator_nothingToLaunch()
    {
        QVERIFY(!TerminalLauncher(environment()).launchFor(command()).has_value());
        QVERIFY(!TerminalLauncher(environment()).open(command()));
    }

    void eachEmulator_getsTheCommandItsWay_data()
    {
        QTest::addColumn<QString>("emulator");
        QTest::addColumn<QStringList>("before");
        QTest::newRow("xterm") << QStringLiteral("xterm") << QStringList{QStringLiteral("-e")};
        QTest::newRow("konsole") << QStringLiteral("konsole") << QStringList{QStringLiteral("-e")};
        QTest::newRow("gnome-terminal") << QStringLiteral("gnome-terminal") << QStringList{QStringLiteral("--")};
        QTest::newRow("xfce4-terminal") << QStringLiteral("xfce4-terminal") << QStringList{QStringLiteral("-x")};
        QTest::newRow("kitty") << QStringLiteral("kitty") << QStringList{};
        QTest::newRow("wezterm") << QStringLiteral("wezterm") << QStringList{QStringLiteral("start"), QStringLiteral("--")};
    }

    void eachEmulator_getsTheCommandItsWay()
    {
        QFETCH(QString, emulator);
        QFETCH(QStringList, before);
        QTemporaryDir bin;
        QFile file(bin.filePath(emulator));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), bin.path());
        const auto launch = TerminalLauncher(env).launchFor(command());
        QVERIFY(launch.has_value());
        QCOMPARE(launch->program, bin.filePath(emulator));
        QCOMPARE(launch->arguments, before + command());
    }

    void preference_order_terminalVariableFirst()
    {
        install(QStringLiteral("xterm"));
        install(QStringLiteral("gnome-terminal"));
        // gnome-terminal comes before xterm in the fallback list.
        QCOMPARE(TerminalLauncher(environment()).launchFor(command())->program, m_bin.filePath(QStringLiteral("gnome-terminal")));
        // $TERMINAL wins, with the options it carries.
        install(QStringLiteral("kitty"));
        const auto launch = TerminalLauncher(environment(QStringLiteral("kitty --single-instance"))).launchFor(command());
        QCOMPARE(launch->program, m_bin.filePath(QStringLiteral("kitty")));
        QCOMPARE(launch->arguments, QStringList{QStringLiteral("--single-instance")} + command());
        // A $TERMINAL that is not installed is passed over.
        QCOMPARE(TerminalLauncher(environment(QStringLiteral("nosuchterm"))).launchFor(command())->program,
                 m_bin.filePath(QStringLiteral("gnome-terminal")));
    }

    void shellCommand_andQuoting()
    {
        const QStringList shell = TerminalLauncher::shellCommand(QStringLiteral("shop-web-1"));
        QCOMPARE(shell.mid(0, 4), (QStringList{QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-it"),
                                               QStringLiteral("shop-web-1")}));
        QCOMPARE(TerminalLauncher::quoted(shell),
                 QStringLiteral("docker exec -it shop-web-1 sh -c 'command -v bash >/dev/null && exec bash || exec sh'"));
        QCOMPARE(TerminalLauncher::quoted({QStringLiteral("echo"), QStringLiteral("it's")}), QStringLiteral("echo 'it'\\''s'"));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalLauncher)
#include "tst_terminallauncher.moc"
