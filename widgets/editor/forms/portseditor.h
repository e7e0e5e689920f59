// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/edit/yamlpath.h"

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * A compose service's `ports`: one field per port (short syntax, `"8080"` or `8080:80`), a remove
 * button each, and a row to add one. Long-syntax entries (maps) are shown read-only.
 * Object names: "port-<service>-<index>", "portAdd-<service>".
 */
class PortsEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortsEditor)

public:
    PortsEditor(FormContext *context, const QString &service, QWidget *parent = nullptr);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    QString m_service;
    YamlPath m_path;
};

} // namespace Lagoon
