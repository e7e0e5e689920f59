// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/generalsection.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QVBoxLayout>

#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

GeneralSection::GeneralSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

void GeneralSection::build(QWidget *content, const YamlNode &)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *project = new FormCard(tr("Project"), content);
    project->setObjectName(QStringLiteral("projectCard"));
    auto *compose = new QLineEdit(project);
    compose->setObjectName(QStringLiteral("dockerComposeYaml"));
    compose->setPlaceholderText(QStringLiteral("docker-compose.yml"));
    project->addRow(tr("&Compose file:"), compose, FormSchema::toolTip({QStringLiteral("docker-compose-yaml")}));
    binder()->bindLineEdit(compose, FieldAccess::at(YamlPath().key(QStringLiteral("docker-compose-yaml"))),
                           {tr("Change compose file"), FieldBinder::Write::String, true});
    layout->addWidget(project);

    auto *variables = new FormCard(tr("Build variables"), content);
    variables->setObjectName(QStringLiteral("environmentVariablesCard"));
    variables->setSubtitle(QStringLiteral("environment_variables"));
    const QStringList gitShaKeys = {QStringLiteral("environment_variables"), QStringLiteral("git_sha")};
    auto *gitSha = new QCheckBox(tr("Inject the deployed commit as LAGOON_GIT_SHA"), variables);
    gitSha->setObjectName(QStringLiteral("gitSha"));
    gitSha->setToolTip(FormSchema::toolTip(gitShaKeys));
    variables->addWideRow(gitSha);
    binder()->bindCheckBox(gitSha, FieldAccess::at(YamlPath().key(gitShaKeys.at(0)).key(gitShaKeys.at(1))),
                           FormYaml::toBool(FormSchema::defaultValue(gitShaKeys)).value_or(false),
                           {tr("Change git_sha"), FieldBinder::Write::Plain, true});
    layout->addWidget(variables);
    layout->addStretch(1);
}

} // namespace Lagoon
