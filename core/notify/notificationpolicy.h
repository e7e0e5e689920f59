// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "core/notify/deploymentoutcome.h"

namespace Lagoon {

class Settings;

/**
 * Decides whether a deployment outcome becomes a desktop notification, so notifications stay
 * respectful: one per outcome, ever (the outcomes already notified are kept in a small file, so a
 * reconnect, a reconciling query or a restart of the app never notifies twice), the project's
 * choice (all, failures only, none), do-not-disturb, and nothing for the rollout the user is
 * looking at in a focused window. The choices live in Settings (core/notify/notificationsettings.h).
 */
class NotificationPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPolicy)

public:
    enum class Choice
    {
        All,
        FailuresOnly,
        None,
    };
    Q_ENUM(Choice)

    enum class Decision
    {
        Notify,
        /** This outcome was decided on before (in this run or an earlier one). */
        AlreadyNotified,
        /** The project's choice leaves it out. */
        Muted,
        DoNotDisturb,
        /** The user is looking at this rollout in a focused window. */
        LookingAt,
    };
    Q_ENUM(Decision)

    /** How many outcomes the state file remembers; the oldest are forgotten first. */
    static constexpr int MaxRemembered = 500;

    /**
     * `stateFile` holds the outcomes already decided on (created when missing); empty keeps them
     * in memory only. `settings` must outlive the policy.
     */
    NotificationPolicy(Settings *settings, const QString &stateFile, QObject *parent = nullptr);
    ~NotificationPolicy() override;

    /** `<AppLocalDataLocation>/notified-deployments.json`. */
    static QString defaultStateFile();

    /** Whether the user is looking at a deployment's rollout in a focused window; none: never. */
    void setLookingAt(std::function<bool(const DeploymentRef &)> lookingAt);

    /**
     * The decision for `outcome`. Every outcome is remembered on the first call, whatever the
     * decision, so it never notifies later either (muted or looked at is not "owed" later).
     */
    Decision decide(const DeploymentOutcome &outcome);
    /** Whether `outcome` was decided on already, without remembering it. */
    bool wasDecided(const DeploymentRef &deployment) const;

    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    Choice defaultChoice() const;
    void setDefaultChoice(Choice choice);
    /** The project's own choice, else the default. */
    Choice choice(const QString &project) const;
    /** Projects that have a choice of their own. */
    QHash<QString, Choice> projectChoices() const;
    void setChoice(const QString &project, Choice choice);
    /** The project follows the default again. */
    void clearChoice(const QString &project);

    static QString choiceName(Choice choice);
    static Choice choiceFromName(const QString &name, Choice fallback = Choice::All);

Q_SIGNALS:
    void doNotDisturbChanged(bool on);

private:
    void load();
    void save() const;
    void writeChoices(const QHash<QString, Choice> &choices);

    Settings *m_settings;
    QString m_stateFile;
    std::function<bool(const DeploymentRef &)> m_lookingAt;
    // Oldest first, bounded by MaxRemembered; the hash finds them.
    QList<QString> m_order;
    QHash<QString, qint64> m_decided;
};

} // namespace Lagoon
