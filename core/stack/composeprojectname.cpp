// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composeprojectname.h"

#include <QDir>
#include <QFileInfo>

#include "core/lagoon/config/composeproject.h"

namespace Lagoon {

QString ComposeProjectName::normalize(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.toLower()) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (alnum || (!out.isEmpty() && (c == QLatin1Char('_') || c == QLatin1Char('-'))))
            out.append(c);
    }
    return out;
}

QString ComposeProjectName::forProject(const ComposeProject &compose, const QString &folder)
{
    if (!compose.projectName.trimmed().isEmpty())
        return normalize(compose.projectName);
    // QFileInfo("/a/b/").fileName() is empty: clean the path first.
    return normalize(QFileInfo(QDir::cleanPath(folder)).fileName());
}

} // namespace Lagoon
