// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/** `container-registries`: private registries by name, each with user name, password and URL. */
class RegistriesSection final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistriesSection)

public:
    explicit RegistriesSection(FormContext *context, QWidget *parent = nullptr);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;
};

} // namespace Lagoon
