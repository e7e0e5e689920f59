// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/edit/yamlpath.h"

#include "widgets/editor/forms/formblock.h"

namespace Lagoon {

/**
 * The cronjobs of one environment: a card per cronjob (name, schedule with its explanation,
 * command, service, in-pod, timeout) and a button that adds one. Object names end in the
 * environment and the item's index ("cronName-main-1").
 */
class CronjobsEditor final : public FormBlock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronjobsEditor)

public:
    CronjobsEditor(FormContext *context, const QString &environment, QWidget *parent = nullptr);

protected:
    QString structure(const YamlNode &root) const override;
    void build(QWidget *content, const YamlNode &root) override;

private:
    QWidget *buildCard(QWidget *parent, int index);
    void addCronjob();
    QString name(const QString &what, int index = -1) const;

    QString m_environment;
    YamlPath m_path;
};

} // namespace Lagoon
