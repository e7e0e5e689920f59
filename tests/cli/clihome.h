// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include "tests/support/clirunner.h"

namespace Lagoon::Test {

/**
 * A user of lagoon-desktop-cli's Lagoon commands: a HOME and XDG folders of their own (so the
 * accounts, settings and cache start empty), the test session's D-Bus bus and keychain
 * (tests/services/session.sh), and no desktop, so nothing starts a browser.
 *
 * run() serves the event loop while the CLI runs, so a sandbox in this process keeps answering.
 */
class CliHome final
{
    Q_DISABLE_COPY_MOVE(CliHome)

public:
    CliHome();

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &relative = {}) const;
    QProcessEnvironment &environment() { return m_env; }

    /**
     * Runs the CLI with `input` on its stdin (closed after it). `onError` sees everything it wrote to
     * stderr so far, each time more arrives.
     */
    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const std::function<void(const QByteArray &errSoFar)> &onError = {}, int timeoutMs = 60000);

    /** The app's settings file and cache folder in this home, as text (every file joined). */
    QByteArray settingsText() const;
    QByteArray cacheText() const;

    /** The account ids that have an entry of Lagoon Desktop's (sh.lagoon.Desktop) in the keychain. */
    static QStringList keychainAccounts();
    /** Fails the calling test unless a Secret Service answers on the session bus. */
    static QString keychainProblem();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace Lagoon::Test
