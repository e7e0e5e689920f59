// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/** The project-wide keys: which compose file Lagoon reads, and the `environment_variables` block. */
class GeneralSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSection)

public:
    explicit GeneralSection(FormContext *context, QWidget *parent = nullptr);

protected:
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
