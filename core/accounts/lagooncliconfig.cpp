// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/lagooncliconfig.h"

#include <QDir>
#include <QFile>

#include "core/yaml/yamldocument.h"

namespace Lagoon {

namespace {

// A real ~/.lagoon.yml is a few KB; this bounds what a stray file can cost.
constexpr qint64 MaxFileSize = 1024 * 1024;

QString scalar(const YamlNode &map, QStringView key)
{
    const YamlNode node = map.value(key);
    return node.isScalar() ? node.scalar().trimmed() : QString();
}

QString expandHome(const QString &path)
{
    if (path == QLatin1StringView("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1StringView("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QString LagoonCliConfig::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".lagoon.yml"));
}

Result<LagoonCliConfig> LagoonCliConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(Error::Code::NotFound,
                         tr("No lagoon-cli configuration at %1").arg(QDir::toNativeSeparators(path)), path);
    if (file.size() > MaxFileSize)
        return makeError(Error::Code::ReadFailed,
                         tr("%1 is too large to be a lagoon-cli configuration").arg(QDir::toNativeSeparators(path)),
                         path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::ReadFailed, tr("Cannot read %1").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    return parse(file.readAll(), path);
}

Result<LagoonCliConfig> LagoonCliConfig::parse(const QByteArray &text, const QString &fileName)
{
    const YamlDocument document = YamlDocument::parse(text, fileName);
    for (const Diagnostic &diagnostic : document.diagnostics()) {
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            return makeError(
                Error::Code::ParseFailed,
                tr("%1, line %2: %3")
                    .arg(QDir::toNativeSeparators(fileName), QString::number(diagnostic.line), diagnostic.message),
                diagnostic.ruleId);
        }
    }
    const YamlNode root = document.root();
    const YamlNode lagoons = root.isMap() ? root.value(u"lagoons") : YamlNode();
    if (!lagoons.isMap()) {
        return makeError(Error::Code::ParseFailed,
                         tr("%1 is not a lagoon-cli configuration: it has no \"lagoons\" contexts")
                             .arg(QDir::toNativeSeparators(fileName)));
    }
    LagoonCliConfig config;
    config.m_fileName = fileName;
    QString current = scalar(root, u"current");
    if (current.isEmpty())
        current = scalar(root, u"default");
    for (const YamlEntry &entry : lagoons.mergedEntries()) {
        if (!entry.key.isScalar() || !entry.value.isMap())
            continue;
        LagoonCliContext context;
        context.name = entry.key.scalar();
        context.isCurrent = context.name == current;
        Account &account = context.account;
        account.id = Account::newId();
        account.displayName = context.name;
        account.apiUrl = QUrl(scalar(entry.value, u"graphql"));
        account.sshHost = scalar(entry.value, u"hostname");
        bool portOk = false;
        const int port = scalar(entry.value, u"port").toInt(&portOk);
        account.sshPort = portOk && port > 0 && port < 65536 ? port : 22;
        account.sshKeyFile = expandHome(scalar(entry.value, u"sshkey"));
        // lagoon-cli signs in over SSH; without a token host only a pasted token is left.
        account.loginMethod = account.sshHost.isEmpty() ? LoginMethod::PastedToken : LoginMethod::SshKey;
        const QString token = scalar(entry.value, u"token");
        context.hasStoredToken = !token.isEmpty();
        if (context.hasStoredToken)
            config.m_tokens.insert(context.name, token);
        config.m_contexts << context;
    }
    return config;
}

} // namespace Lagoon
