// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/registriessection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

namespace {

const YamlPath &registriesPath()
{
    static const YamlPath path = YamlPath().key(QStringLiteral("container-registries"));
    return path;
}

QStringList registryKeys(const QString &field)
{
    return {QStringLiteral("container-registries"), field};
}

} // namespace

RegistriesSection::RegistriesSection(FormContext *context, QWidget *parent) : FormBlock(context, parent)
{
}

QString RegistriesSection::structure(const YamlNode &root) const
{
    return FormYaml::keys(FormYaml::locate(root, registriesPath()).node).join(QLatin1Char('\n'));
}

void RegistriesSection::build(QWidget *content, const YamlNode &root)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const QStringList names = FormYaml::keys(FormYaml::locate(root, registriesPath()).node);
    for (int i = 0; i < names.size(); ++i) {
        const QString registry = names.at(i);
        const YamlPath path = registriesPath().child(registry);
        auto *card = new FormCard(registry, content);
        card->setObjectName(QStringLiteral("registryCard-%1").arg(i));
        auto *remove = card->addHeaderButton(QStringLiteral("edit-delete"), tr("Remove this registry"),
                                             QStringLiteral("registryRemove-%1").arg(i));
        connect(remove, &QToolButton::clicked, this,
                [this, path] { apply(context()->document()->editor().remove(path), tr("Remove registry")); });

        auto *name = new QLineEdit(registry, card);
        name->setObjectName(QStringLiteral("registryName-%1").arg(i));
        card->addRow(tr("&Name:"), name, tr("How the registry is called in this file."));
        connect(name, &QLineEdit::editingFinished, this, [this, name, path, registry] {
            const QString to = name->text().trimmed();
            if (to.isEmpty() || to == registry ||
                !apply(context()->document()->editor().renameKey(path, to), tr("Rename registry")))
                name->setText(registry);
        });

        const struct
        {
            QString key;
            QString label;
            QString placeholder;
        } fields[] = {
            {QStringLiteral("username"), tr("&User name:"), QString()},
            {QStringLiteral("password"), tr("&Password:"), tr("a password or the name of a Lagoon variable")},
            {QStringLiteral("url"), tr("&URL:"), tr("empty for Docker Hub")},
        };
        for (const auto &field : fields) {
            auto *edit = new QLineEdit(card);
            edit->setObjectName(QStringLiteral("registry-%1-%2").arg(field.key).arg(i));
            edit->setPlaceholderText(field.placeholder);
            card->addRow(field.label, edit, FormSchema::toolTip(registryKeys(field.key)));
            binder()->bindLineEdit(edit, FieldAccess::at(path.child(field.key)),
                                   {tr("Change registry"), FieldBinder::Write::String, true});
        }
        layout->addWidget(card);
    }
    if (names.isEmpty()) {
        auto *empty = new QLabel(tr("No private registries: images are pulled from public registries only."), content);
        empty->setObjectName(QStringLiteral("registriesEmpty"));
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
    }

    auto *addRow = new QHBoxLayout;
    auto *newName = new QLineEdit(content);
    newName->setObjectName(QStringLiteral("registryNewName"));
    newName->setPlaceholderText(tr("name of a new registry"));
    newName->setAccessibleName(tr("Name of the new registry"));
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add registry"), content);
    add->setObjectName(QStringLiteral("registryAdd"));
    add->setEnabled(false);
    connect(newName, &QLineEdit::textChanged, add,
            [add](const QString &text) { add->setEnabled(!text.trimmed().isEmpty()); });
    const auto addNow = [this, newName, count = names.size()] {
        const QString name = newName->text().trimmed();
        if (name.isEmpty())
            return;
        focusAfterRebuild(QStringLiteral("registry-username-%1").arg(count));
        apply(context()->document()->editor().set(
                  registriesPath().child(name),
                  YamlValue::map({{QStringLiteral("username"), YamlValue::string(QString())},
                                  {QStringLiteral("password"), YamlValue::string(QString())},
                                  {QStringLiteral("url"), YamlValue::string(QString())}})),
              tr("Add registry"));
    };
    connect(add, &QPushButton::clicked, this, addNow);
    connect(newName, &QLineEdit::returnPressed, this, addNow);
    addRow->addWidget(newName, 1);
    addRow->addWidget(add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    layout->addStretch(1);
}

} // namespace Lagoon
