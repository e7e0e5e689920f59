// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "core/util/error.h"
#include "core/yaml/edit/yamlpatch.h"

namespace Lagoon {

class EditorDocument;

/**
 * What every part of a visual form shares: the document it reads and writes, the compose
 * service names offered where a service is expected, and the Lagoon project name (cron
 * schedules with M/H depend on it). Parts write only through apply(), so every edit is one
 * undo step of the document and failures reach one place (editFailed).
 */
class FormContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormContext)

public:
    explicit FormContext(EditorDocument *document, QObject *parent = nullptr);

    EditorDocument *document() const { return m_document; }

    QStringList serviceNames() const { return m_serviceNames; }
    void setServiceNames(const QStringList &names);

    QString projectName() const { return m_projectName; }
    void setProjectName(const QString &name);

    /**
     * False once the form is closing: widgets that lose focus while they are destroyed must not
     * write anything. apply() then does nothing.
     */
    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }

    /**
     * Applies an edit as one undo step named `description`. An empty patch changes nothing and
     * is not recorded; an error is reported through editFailed(). Returns true when applied.
     */
    bool apply(const Result<YamlPatch> &patch, const QString &description);

Q_SIGNALS:
    void serviceNamesChanged(const QStringList &names);
    void projectNameChanged(const QString &name);
    /** An edit could not be made; `message` is for the user. */
    void editFailed(const QString &message);

private:
    EditorDocument *m_document;
    QStringList m_serviceNames;
    QString m_projectName;
    bool m_active = true;
};

} // namespace Lagoon
