// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/settings/settings.h"

#include <QDir>

namespace Lagoon {

Settings::Settings(QSettings *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_backend->setParent(this);
}

void Settings::addRecentProject(const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    QStringList recent = value(SettingKeys::RecentProjects);
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    setValue(SettingKeys::RecentProjects, recent);
}

void Settings::removeRecentProject(const QString &folder)
{
    QStringList recent = value(SettingKeys::RecentProjects);
    if (recent.removeAll(QDir::cleanPath(folder)) > 0)
        setValue(SettingKeys::RecentProjects, recent);
}

bool Settings::isBoolText(const QString &text)
{
    static const QStringList accepted = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                         QStringLiteral("0")};
    return accepted.contains(text.trimmed().toLower());
}

void Settings::sync()
{
    m_backend->sync();
}

QString Settings::fileName() const
{
    return m_backend->fileName();
}

} // namespace Lagoon
