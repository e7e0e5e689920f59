// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

class QListWidget;

namespace Lagoon {

class EnvironmentEditor;

/**
 * `environments`: the list of environments that have settings (add, rename in place, remove),
 * and the settings of the selected one (EnvironmentEditor). The selection survives edits, and
 * follows a rename.
 */
class EnvironmentsSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsSection)

public:
    explicit EnvironmentsSection(FormContext *context, QWidget *parent = nullptr);

    QString selectedEnvironment() const { return m_selected; }
    /** Selects an environment (its settings show at once). */
    void selectEnvironment(const QString &name);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    void addEnvironment(const QString &name);
    void renameEnvironment(const QString &from, const QString &to);
    void removeEnvironment(const QString &name);

    QString m_selected;
    QListWidget *m_list = nullptr;
    EnvironmentEditor *m_editor = nullptr;
};

} // namespace Lagoon
