// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/typesoverrideseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "core/lagoon/config/servicetypes.h"

#include "widgets/common/accessiblecomboname.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"
#include "widgets/editor/forms/servicecombobox.h"

namespace Lagoon {

TypesOverridesEditor::TypesOverridesEditor(FormContext *context, const QString &environment, QWidget *parent)
    : FormBlock(context, parent), m_environment(environment),
      m_path(YamlPath().key(QStringLiteral("environments")).key(environment).key(QStringLiteral("types")))
{
}

QComboBox *TypesOverridesEditor::createTypeComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    AccessibleComboName::follow(combo);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(ServiceTypes::names());
    return combo;
}

QString TypesOverridesEditor::name(const QString &what, int index) const
{
    QString text = what + QLatin1Char('-') + m_environment;
    if (index >= 0)
        text += QLatin1Char('-') + QString::number(index);
    return text;
}

QString TypesOverridesEditor::structure(const YamlNode &root) const
{
    return FormYaml::keys(FormYaml::locate(root, m_path).node).join(QLatin1Char('\n'));
}

void TypesOverridesEditor::build(QWidget *content, const YamlNode &root)
{
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const QString tip = FormSchema::toolTip({QStringLiteral("environments"), QStringLiteral("types")});
    const QStringList services = FormYaml::keys(FormYaml::locate(root, m_path).node);
    int row = 0;
    for (int i = 0; i < services.size(); ++i, ++row) {
        const QString service = services.at(i);
        auto *label = new QLabel(service, content);
        label->setObjectName(name(QStringLiteral("typeService"), i));
        auto *type = createTypeComboBox(content);
        type->setObjectName(name(QStringLiteral("typeValue"), i));
        type->setToolTip(tip);
        type->setAccessibleName(tr("Type of %1 in this environment").arg(service));
        label->setBuddy(type);
        binder()->bindComboBox(type, FieldAccess::at(m_path.child(service)),
                               {tr("Change type override"), FieldBinder::Write::String, false});
        auto *remove = new QToolButton(content);
        remove->setObjectName(name(QStringLiteral("typeRemove"), i));
        remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this override"));
        remove->setAccessibleName(tr("Remove the type override of %1").arg(service));
        connect(remove, &QToolButton::clicked, this, [this, service] {
            apply(context()->document()->editor().remove(m_path.child(service)), tr("Remove type override"));
        });
        grid->addWidget(label, row, 0);
        grid->addWidget(type, row, 1);
        grid->addWidget(remove, row, 2);
    }
    if (services.isEmpty()) {
        auto *empty = new QLabel(tr("Every service keeps the lagoon.type of the compose file."), content);
        empty->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(empty, row++, 0, 1, 3);
    }

    auto *service = new ServiceComboBox(context(), content);
    service->setObjectName(name(QStringLiteral("typeNewService")));
    service->setAccessibleName(tr("Service to override"));
    auto *type = createTypeComboBox(content);
    type->setObjectName(name(QStringLiteral("typeNewValue")));
    type->setAccessibleName(tr("Type in this environment"));
    type->setToolTip(tip);
    type->setCurrentIndex(-1);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Override"), content);
    add->setObjectName(name(QStringLiteral("typeAdd")));
    connect(add, &QPushButton::clicked, this, [this, service, type] {
        const QString serviceName = service->currentText().trimmed();
        const QString typeName = type->currentText().trimmed();
        if (serviceName.isEmpty() || typeName.isEmpty())
            return;
        apply(context()->document()->editor().set(m_path.child(serviceName), YamlValue::string(typeName)),
              tr("Add type override"));
    });
    grid->addWidget(service, row, 0);
    grid->addWidget(type, row, 1);
    grid->addWidget(add, row, 2);
}

} // namespace Lagoon
