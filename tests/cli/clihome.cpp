// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/cli/clihome.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include "tests/support/sandboxfixture.h"

namespace Lagoon::Test {

namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
// QtKeychain names its entries "server" = the app id, "user" = "<account>/<key>".
const QString AppId = QStringLiteral("sh.lagoon.Desktop");

QByteArray filesUnder(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll() + '\n';
    }
    return all;
}

} // namespace

CliHome::CliHome() : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const char *folder : {"home", "config", "cache", "data"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(folder));
    m_env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("LAGOON_DESKTOP_LANGUAGE"));
}

QString CliHome::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

CliRun CliHome::run(const QStringList &arguments, const QByteArray &input,
                    const std::function<void(const QByteArray &errSoFar)> &onError, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    CliRun result;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { result.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        result.err += process.readAllStandardError();
        if (onError)
            onError(result.err);
    });
    process.start(qEnvironmentVariable("LAGOON_CLI"), arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!SandboxFixture::waitUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QByteArray CliHome::settingsText() const
{
    return filesUnder(path(QStringLiteral("config")));
}

QByteArray CliHome::cacheText() const
{
    return filesUnder(path(QStringLiteral("cache")));
}

QStringList CliHome::keychainAccounts()
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusInterface service(SecretsService, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    QMap<QString, QString> attributes{{QStringLiteral("server"), AppId}};
    const QDBusMessage reply = service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    QStringList accounts;
    if (reply.type() != QDBusMessage::ReplyMessage)
        return accounts;
    for (const QVariant &argument : reply.arguments()) {
        QList<QDBusObjectPath> items;
        argument.value<QDBusArgument>() >> items;
        for (const QDBusObjectPath &item : std::as_const(items)) {
            QDBusInterface properties(SecretsService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"));
            const QDBusMessage got = properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Item"),
                                                     QStringLiteral("Attributes"));
            if (got.arguments().isEmpty())
                continue;
            QMap<QString, QString> itemAttributes;
            got.arguments().constFirst().value<QDBusVariant>().variant().value<QDBusArgument>() >> itemAttributes;
            const QString user = itemAttributes.value(QStringLiteral("user"));
            accounts.append(user.section(QLatin1Char('/'), 0, 0));
        }
    }
    accounts.sort();
    return accounts;
}

QString CliHome::keychainProblem()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("No D-Bus session bus: run the tests through tests/services/session.sh "
                              "(installer/setup.sh test does), which starts one with gnome-keyring-daemon");
    const bool running = bus.interface()->isServiceRegistered(SecretsService).value();
    const bool activatable = bus.interface()->activatableServiceNames().value().contains(SecretsService);
    if (!running && !activatable)
        return QStringLiteral("No Secret Service answers on the session bus: tests/services/session.sh starts "
                              "gnome-keyring-daemon (Debian package gnome-keyring)");
    return {};
}

} // namespace Lagoon::Test
