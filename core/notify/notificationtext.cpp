// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/notify/notificationtext.h"

#include <algorithm>

#include "core/remote/lagoonbuildsteps.h"

namespace Lagoon {

QString NotificationTexts::stepTitle(const QString &buildStep)
{
    // Lagoon's own step titles (its names, not translated), as the rollout view shows them.
    if (const auto match = LagoonBuildSteps::lookup(buildStep))
        return match->title;
    // A step newer than this table: "fooBarBaz" reads as "Foo Bar Baz".
    QString words;
    for (qsizetype i = 0; i < buildStep.size(); ++i) {
        const QChar c = buildStep.at(i);
        if (i == 0)
            words += c.toUpper();
        else if (c.isUpper() && !buildStep.at(i - 1).isUpper())
            words += QLatin1Char(' ') + c;
        else
            words += c;
    }
    return words;
}

QString NotificationTexts::duration(std::chrono::seconds seconds)
{
    const qint64 total = std::max<qint64>(0, seconds.count());
    const qint64 hours = total / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    return tr("%1 s").arg(secs);
}

NotificationText NotificationText::forOutcome(const DeploymentOutcome &outcome)
{
    const DeploymentRef &d = outcome.deployment;
    // "project · environment" is how Lagoon's own UI names an environment.
    const QString where = d.project + QStringLiteral(" · ") + d.environment;
    NotificationText text;
    switch (outcome.kind) {
    case DeploymentOutcome::Kind::Complete:
        text.summary = NotificationTexts::tr("✔ %1 deployed").arg(where);
        break;
    case DeploymentOutcome::Kind::CompletedWithWarnings:
        text.summary = NotificationTexts::tr("⚠ %1 deployed with warnings").arg(where);
        break;
    case DeploymentOutcome::Kind::Failed:
        text.summary = outcome.failedStep.isEmpty() ? NotificationTexts::tr("✖ %1 failed").arg(where)
                                                    : NotificationTexts::tr("✖ %1 failed at %2")
                                                          .arg(where, NotificationTexts::stepTitle(outcome.failedStep));
        break;
    case DeploymentOutcome::Kind::Cancelled:
        text.summary = NotificationTexts::tr("◼ %1 deployment cancelled").arg(where);
        break;
    }
    QStringList lines;
    if (const auto duration = outcome.duration()) {
        const QString took = NotificationTexts::duration(*duration);
        lines << (outcome.kind == DeploymentOutcome::Kind::Cancelled
                      ? NotificationTexts::tr("Cancelled after %1").arg(took)
                  : outcome.isFailure() ? NotificationTexts::tr("Failed after %1").arg(took)
                                        : NotificationTexts::tr("Took %1").arg(took));
    }
    lines << NotificationTexts::tr("Build %1").arg(d.buildName);
    text.body = lines.join(QLatin1Char('\n'));
    return text;
}

} // namespace Lagoon
