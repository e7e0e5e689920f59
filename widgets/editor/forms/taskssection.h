// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/** `tasks`: the pre-rollout and post-rollout task lists, each a TaskListEditor. */
class TasksSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksSection)

public:
    explicit TasksSection(FormContext *context, QWidget *parent = nullptr);

protected:
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
