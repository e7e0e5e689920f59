// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include "core/notify/deploymentoutcome.h"
#include "core/notify/notificationtext.h"

namespace Lagoon {

/** Shows deployment outcomes to the user outside the window: a desktop notification or the tray's message. */
class DesktopNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    using QObject::QObject;

    virtual void notify(const DeploymentOutcome &outcome, const NotificationText &text) = 0;

Q_SIGNALS:
    /** The user clicked the notification (or its "Open rollout"): show that deployment. */
    void activated(const Lagoon::DeploymentRef &deployment);
    /** `outcome` could not be shown this way (no notification service): another notifier may. */
    void failed(const Lagoon::DeploymentOutcome &outcome, const Lagoon::NotificationText &text);
};

} // namespace Lagoon
