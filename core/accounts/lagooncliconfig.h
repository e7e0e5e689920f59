// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "core/accounts/lagoonclicontext.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * lagoon-cli's configuration (~/.lagoon.yml): `current`, `default` and the contexts under
 * `lagoons` ({graphql, hostname, port, token, ui, kibana, sshkey, publickeyidentities, version,
 * sshPortal}). Read only; the file is lagoon-cli's and is never changed.
 *
 * lagoon-cli stores each context's token in this file in plain text. The tokens are kept out of
 * contexts(): storedToken() hands one out only for an import the user asked for.
 */
class LagoonCliConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonCliConfig)

public:
    /** ~/.lagoon.yml */
    static QString defaultPath();
    /** NotFound when the file is missing, ReadFailed when unreadable, else parse(). */
    static Result<LagoonCliConfig> read(const QString &path);
    /** ParseFailed (with the line) for broken YAML or a file without a `lagoons` map. */
    static Result<LagoonCliConfig> parse(const QByteArray &text, const QString &fileName);

    QString fileName() const { return m_fileName; }
    QList<LagoonCliContext> contexts() const { return m_contexts; }
    /** The plain-text token of `context`; empty when there is none. */
    QString storedToken(const QString &context) const { return m_tokens.value(context); }

private:
    QString m_fileName;
    QList<LagoonCliContext> m_contexts;
    QHash<QString, QString> m_tokens;
};

} // namespace Lagoon
