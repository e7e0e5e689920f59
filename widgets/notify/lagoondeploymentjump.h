// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/notify/deploymentoutcome.h"

namespace Lagoon {

class LagoonBrowser;

/**
 * Takes the Lagoon browser to one deployment: the project, its environment, then the build
 * selected. Each level loads asynchronously (projects, environments, deployments), so every step
 * is tried again whenever a level's model changes, until the build is selected or a time limit
 * passes. A newer jump replaces an older one (start() again).
 */
class LagoonDeploymentJump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDeploymentJump)

public:
    explicit LagoonDeploymentJump(LagoonBrowser *browser, QObject *parent = nullptr);

    void start(const DeploymentRef &deployment);
    bool isRunning() const { return m_active; }

    static constexpr int TimeLimitMs = 20000;

Q_SIGNALS:
    /** The build is selected in the browser. */
    void arrived(const Lagoon::DeploymentRef &deployment);
    /** It could not be found in time (gone from Lagoon, another account, offline). */
    void failed(const Lagoon::DeploymentRef &deployment);

private:
    void advance();
    void finish(bool found);

    QPointer<LagoonBrowser> m_browser;
    DeploymentRef m_target;
    QTimer m_limit;
    bool m_active = false;
    bool m_environmentRequested = false;
};

} // namespace Lagoon
