// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/notify/notificationpolicy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/notify/notificationsettings.h"
#include "core/settings/settings.h"

Q_LOGGING_CATEGORY(lcNotify, "lagoon.notify")

namespace Lagoon {

NotificationPolicy::NotificationPolicy(Settings *settings, const QString &stateFile, QObject *parent)
    : QObject(parent), m_settings(settings), m_stateFile(stateFile)
{
    load();
    connect(m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingKeys::NotifyDoNotDisturb.name))
            Q_EMIT doNotDisturbChanged(doNotDisturb());
    });
}

NotificationPolicy::~NotificationPolicy() = default;

QString NotificationPolicy::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/notified-deployments.json");
}

void NotificationPolicy::setLookingAt(std::function<bool(const DeploymentRef &)> lookingAt)
{
    m_lookingAt = std::move(lookingAt);
}

NotificationPolicy::Decision NotificationPolicy::decide(const DeploymentOutcome &outcome)
{
    const QString key = outcome.deployment.key();
    if (m_decided.contains(key))
        return Decision::AlreadyNotified;
    // Re-read first: another instance of the app (or an earlier run) may have decided meanwhile.
    load();
    if (m_decided.contains(key))
        return Decision::AlreadyNotified;
    m_order << key;
    m_decided.insert(key, QDateTime::currentSecsSinceEpoch());
    while (m_order.size() > MaxRemembered)
        m_decided.remove(m_order.takeFirst());
    save();

    const Choice chosen = choice(outcome.deployment.project);
    if (chosen == Choice::None || (chosen == Choice::FailuresOnly && !outcome.isFailure()))
        return Decision::Muted;
    if (doNotDisturb())
        return Decision::DoNotDisturb;
    if (m_lookingAt && m_lookingAt(outcome.deployment))
        return Decision::LookingAt;
    return Decision::Notify;
}

bool NotificationPolicy::wasDecided(const DeploymentRef &deployment) const
{
    return m_decided.contains(deployment.key());
}

bool NotificationPolicy::doNotDisturb() const
{
    return m_settings->value(SettingKeys::NotifyDoNotDisturb);
}

void NotificationPolicy::setDoNotDisturb(bool on)
{
    m_settings->setValue(SettingKeys::NotifyDoNotDisturb, on);
}

NotificationPolicy::Choice NotificationPolicy::defaultChoice() const
{
    return choiceFromName(m_settings->value(SettingKeys::NotifyDefaultChoice));
}

void NotificationPolicy::setDefaultChoice(Choice choice)
{
    m_settings->setValue(SettingKeys::NotifyDefaultChoice, choiceName(choice));
}

NotificationPolicy::Choice NotificationPolicy::choice(const QString &project) const
{
    return projectChoices().value(project, defaultChoice());
}

QHash<QString, NotificationPolicy::Choice> NotificationPolicy::projectChoices() const
{
    QHash<QString, Choice> choices;
    const QJsonObject json =
        QJsonDocument::fromJson(m_settings->value(SettingKeys::NotifyProjectChoices).toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        choices.insert(it.key(), choiceFromName(it.value().toString(), defaultChoice()));
    return choices;
}

void NotificationPolicy::setChoice(const QString &project, Choice choice)
{
    QHash<QString, Choice> choices = projectChoices();
    choices.insert(project, choice);
    writeChoices(choices);
}

void NotificationPolicy::clearChoice(const QString &project)
{
    QHash<QString, Choice> choices = projectChoices();
    if (choices.remove(project) > 0)
        writeChoices(choices);
}

void NotificationPolicy::writeChoices(const QHash<QString, Choice> &choices)
{
    QJsonObject json;
    for (auto it = choices.begin(); it != choices.end(); ++it)
        json.insert(it.key(), choiceName(it.value()));
    m_settings->setValue(SettingKeys::NotifyProjectChoices,
                         json.isEmpty() ? QString()
                                        : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QString NotificationPolicy::choiceName(Choice choice)
{
    switch (choice) {
    case Choice::All:
        return QStringLiteral("all");
    case Choice::FailuresOnly:
        return QStringLiteral("failures");
    case Choice::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("all");
}

NotificationPolicy::Choice NotificationPolicy::choiceFromName(const QString &name, Choice fallback)
{
    if (name == QLatin1String("all"))
        return Choice::All;
    if (name == QLatin1String("failures"))
        return Choice::FailuresOnly;
    if (name == QLatin1String("none"))
        return Choice::None;
    return fallback;
}

void NotificationPolicy::load()
{
    if (m_stateFile.isEmpty())
        return;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // A damaged file forgets what was notified (at worst one repeat), never stops notifications.
    const QJsonArray list =
        QJsonDocument::fromJson(file.read(1024 * 1024)).object().value(QStringLiteral("notified")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        const QString key = entry.value(QStringLiteral("key")).toString();
        if (key.isEmpty() || m_decided.contains(key))
            continue;
        m_order << key;
        m_decided.insert(key, qint64(entry.value(QStringLiteral("at")).toDouble()));
    }
    while (m_order.size() > MaxRemembered)
        m_decided.remove(m_order.takeFirst());
}

void NotificationPolicy::save() const
{
    if (m_stateFile.isEmpty())
        return;
    QJsonArray list;
    for (const QString &key : m_order)
        list.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("at"), double(m_decided.value(key))}});
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcNotify) << "cannot write" << m_stateFile << file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("notified"), list}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcNotify) << "cannot write" << m_stateFile << file.errorString();
}

} // namespace Lagoon
