// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * `production_routes`: the routes of active/standby projects, which move between the two
 * production environments when they switch (`production_routes.active.routes` and
 * `.standby.routes`), each edited like an environment's routes.
 */
class ProductionRoutesSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionRoutesSection)

public:
    explicit ProductionRoutesSection(FormContext *context, QWidget *parent = nullptr);

protected:
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
