// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/edit/yamlpath.h"

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * One task list (`tasks.pre-rollout` or `tasks.post-rollout`): a card per `- run:` task with its
 * name, command, service, container and shell, buttons to move it up or down (the item's text,
 * comments included, moves as it is) or remove it, and one to add a task.
 * Object names: "taskName-post-rollout-0", "taskUp-post-rollout-1", ...
 */
class TaskListEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListEditor)

public:
    /** `list` is "pre-rollout" or "post-rollout". */
    TaskListEditor(FormContext *context, const QString &list, QWidget *parent = nullptr);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    QWidget *buildCard(QWidget *parent, int index, int count);
    void moveTask(int from, int to);
    void addTask();
    QString name(const QString &what, int index = -1) const;

    QString m_list;
    YamlPath m_path;
};

} // namespace Lagoon
