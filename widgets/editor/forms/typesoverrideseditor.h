// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/edit/yamlpath.h"

#include "widgets/editor/forms/formblock.h"

class QComboBox;

namespace Lagoon {

/**
 * `environments.<name>.types`: services whose lagoon.type differs in this environment (for
 * example `mariadb: mariadb-dbaas` only in production). One row per service with its type, and
 * a row to add one.
 */
class TypesOverridesEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypesOverridesEditor)

public:
    TypesOverridesEditor(FormContext *context, const QString &environment, QWidget *parent = nullptr);

    /** A combo box of ServiceTypes::names() (editable: unknown types are shown as written). */
    static QComboBox *createTypeComboBox(QWidget *parent);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    QString name(const QString &what, int index = -1) const;

    QString m_environment;
    YamlPath m_path;
};

} // namespace Lagoon
