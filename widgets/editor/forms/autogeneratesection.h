// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * `routes.autogenerate`: whether Lagoon creates a route per web service and how (plain HTTP,
 * Let's Encrypt, host name prefixes, pull requests, ingress class).
 */
class AutogenerateSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogenerateSection)

public:
    explicit AutogenerateSection(FormContext *context, QWidget *parent = nullptr);

protected:
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
