// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/notify/deploymentoutcome.h"

namespace Lagoon {

/** What a desktop notification of one deployment outcome says (translated). */
struct NotificationText
{
    /** "✔ lagoon-demo · main deployed", "✖ lagoon-demo · main failed at Image Builds". */
    QString summary;
    /** The duration and the build's name, one per line (plain text: servers differ on markup). */
    QString body;

    static NotificationText forOutcome(const DeploymentOutcome &outcome);
};

/** Texts of deployments for notifications and the tray. */
class NotificationTexts
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::NotificationTexts)

public:
    /** The title of a Lagoon buildStep id ("buildingImages" → "Image Builds"); unknown ids are split into words. */
    static QString stepTitle(const QString &buildStep);
    /** "4 min 12 s", "38 s", "1 h 2 min". */
    static QString duration(std::chrono::seconds seconds);
};

} // namespace Lagoon
