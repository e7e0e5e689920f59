// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/** `backup-retention` and `backup-schedule` of production environments. */
class BackupsSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsSection)

public:
    explicit BackupsSection(FormContext *context, QWidget *parent = nullptr);

protected:
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
