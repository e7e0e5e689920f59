// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/routeseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/flowlayout.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"
#include "widgets/editor/forms/servicecombobox.h"

namespace Lagoon {

namespace {

const QStringList &shownOptions()
{
    static const QStringList options = {QStringLiteral("tls-acme"), QStringLiteral("tlsAcme"),
                                        QStringLiteral("insecure"), QStringLiteral("hstsEnabled"),
                                        QStringLiteral("hstsMaxAge")};
    return options;
}

QStringList optionKeys(const QString &option)
{
    return {QStringLiteral("environments"), QStringLiteral("routes"), option};
}

} // namespace

RoutesEditor::RoutesEditor(FormContext *context, const YamlPath &routesPath, const QString &prefix,
                           const QString &emptyText, QWidget *parent)
    : FormBlock(context, parent), m_path(routesPath), m_prefix(prefix), m_emptyText(emptyText)
{
}

QString RoutesEditor::name(const QString &what, int item, int key, int entry) const
{
    QString text = what + QLatin1Char('-') + m_prefix + QLatin1Char('-') + QString::number(item);
    if (key >= 0)
        text += QLatin1Char('-') + QString::number(key);
    if (entry >= 0)
        text += QLatin1Char('-') + QString::number(entry);
    return text;
}

QString RoutesEditor::blockName(const QString &what) const
{
    return what + QLatin1Char('-') + m_prefix;
}

QString RoutesEditor::structure(const YamlNode &root) const
{
    const YamlNode routes = FormYaml::locate(root, m_path).node;
    if (!routes.isSequence())
        return QStringLiteral("none");
    QString text;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const YamlNode item = routes.at(i);
        text += QLatin1Char('[');
        for (const QString &key : FormYaml::keys(item)) {
            const YamlNode domains = item.value(key);
            text += QString::number(domains.isSequence() ? domains.size() : -1) + QLatin1Char(',');
        }
        text += QLatin1Char(']');
    }
    return text;
}

FieldAccess::PathFunction RoutesEditor::servicePath(int item, int key) const
{
    const YamlPath itemPath = m_path.item(item);
    return [itemPath, key](const YamlNode &root) -> YamlPath {
        const QStringList keys = FormYaml::keys(FormYaml::locate(root, itemPath).node);
        return key < keys.size() ? itemPath.child(keys.at(key)) : YamlPath();
    };
}

FieldAccess::PathFunction RoutesEditor::entryPath(int item, int key, int entry) const
{
    const FieldAccess::PathFunction service = servicePath(item, key);
    return [service, entry](const YamlNode &root) -> YamlPath {
        const YamlPath path = service(root);
        return path.isEmpty() ? path : path.item(entry);
    };
}

FieldAccess RoutesEditor::domainAccess(int item, int key, int entry) const
{
    const FieldAccess::PathFunction path = entryPath(item, key, entry);
    FieldAccess access;
    access.read = [path](const YamlNode &root) {
        const YamlPath p = path(root);
        FormYaml::FieldValue value = p.isEmpty() ? FormYaml::FieldValue{} : FormYaml::locate(root, p);
        if (value.node.isMap())
            value.text = FormYaml::firstKey(value.node);
        return value;
    };
    access.write = [path](const YamlEditor &editor, const YamlNode &root,
                          const std::optional<YamlValue> &value) -> Result<YamlPatch> {
        const YamlPath p = path(root);
        const YamlNode written = FormYaml::locate(root, p).node;
        if (!value || p.isEmpty())
            return YamlPatch{}; // a route needs a domain: the field goes back
        if (written.isMap())
            return editor.renameKey(p.child(FormYaml::firstKey(written)), value->text());
        return editor.set(p, *value);
    };
    return access;
}

FieldAccess RoutesEditor::optionAccess(int item, int key, int entry, const QStringList &spellings) const
{
    const FieldAccess::PathFunction path = entryPath(item, key, entry);
    // The path of the option as written, or of its first spelling when it is not written yet.
    const auto optionPath = [path, spellings](const YamlNode &root) -> YamlPath {
        const YamlPath p = path(root);
        const YamlNode written = FormYaml::locate(root, p).node;
        if (!written.isMap())
            return {};
        const YamlPath options = p.child(FormYaml::firstKey(written));
        for (const QString &spelling : spellings) {
            if (FormYaml::locate(root, options.child(spelling)).exists)
                return options.child(spelling);
        }
        return options.child(spellings.constFirst());
    };
    FieldAccess access = FieldAccess::at(optionPath);
    const FieldAccess::Writer mapWriter = access.write;
    access.write = [path, mapWriter,
                    option = spellings.constFirst()](const YamlEditor &editor, const YamlNode &root,
                                                     const std::optional<YamlValue> &value) -> Result<YamlPatch> {
        const YamlPath p = path(root);
        const YamlNode written = FormYaml::locate(root, p).node;
        if (written.isScalar()) {
            if (!value)
                return YamlPatch{};
            // `- example.com` becomes `- example.com:` with the option under it.
            return editor.set(p, YamlValue::map({{written.scalar(), YamlValue::map({{option, *value}})}}));
        }
        return mapWriter(editor, root, value);
    };
    return access;
}

FieldAccess RoutesEditor::serviceAccess(int item, int key) const
{
    const FieldAccess::PathFunction path = servicePath(item, key);
    FieldAccess access;
    access.read = [path](const YamlNode &root) {
        const YamlPath p = path(root);
        FormYaml::FieldValue value = p.isEmpty() ? FormYaml::FieldValue{} : FormYaml::locate(root, p);
        if (value.exists)
            value.text = p.last().text;
        return value;
    };
    access.write = [path](const YamlEditor &editor, const YamlNode &root,
                          const std::optional<YamlValue> &value) -> Result<YamlPatch> {
        const YamlPath p = path(root);
        if (!value || p.isEmpty())
            return YamlPatch{};
        return editor.renameKey(p, value->text());
    };
    return access;
}

void RoutesEditor::build(QWidget *content, const YamlNode &root)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const YamlNode routes = FormYaml::locate(root, m_path).node;
    bool any = false;
    if (routes.isSequence()) {
        for (int i = 0; i < routes.size(); ++i) {
            const QStringList services = FormYaml::keys(routes.at(i));
            for (int k = 0; k < services.size(); ++k) {
                layout->addWidget(buildServiceCard(content, root, i, k, services.at(k)));
                any = true;
            }
        }
    }
    if (!any) {
        auto *empty = new QLabel(m_emptyText, content);
        empty->setObjectName(blockName(QStringLiteral("routesEmpty")));
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
    }
    layout->addWidget(buildAddServiceRow(content));
}

FormCard *RoutesEditor::buildServiceCard(QWidget *parent, const YamlNode &root, int item, int key,
                                         const QString &service)
{
    auto *card = new FormCard(service, parent);
    card->setObjectName(name(QStringLiteral("routeCard"), item, key));
    binder()->bindDisplay(
        card, [card, access = serviceAccess(item, key)](const YamlNode &r) { card->setTitle(access.read(r).text); });
    card->setSubtitle(tr("custom routes"));

    auto *remove = card->addHeaderButton(QStringLiteral("edit-delete"), tr("Remove the routes of this service"),
                                         name(QStringLiteral("routeServiceRemove"), item, key));
    connect(remove, &QToolButton::clicked, this, [this, item, key] { removeService(item, key); });

    auto *serviceCombo = new ServiceComboBox(context(), card);
    serviceCombo->setObjectName(name(QStringLiteral("routeService"), item, key));
    card->addRow(tr("&Service:"), serviceCombo, tr("The compose service (or lagoon.name) that answers these domains."));
    binder()->bindComboBox(serviceCombo, serviceAccess(item, key),
                           {tr("Change route service"), FieldBinder::Write::String, false});

    // One block per domain: the name on its own line, its options under it, so a half-window form still fits.
    auto *domainsLayout = new QVBoxLayout;
    domainsLayout->setSpacing(10);
    const YamlPath domainsPath = servicePath(item, key)(root);
    const YamlNode domains = domainsPath.isEmpty() ? YamlNode() : FormYaml::locate(root, domainsPath).node;
    const int count = domains.isSequence() ? static_cast<int>(domains.size()) : 0;
    for (int j = 0; j < count; ++j)
        addDomainRow(card, domainsLayout, item, key, j);
    card->addWideRow(domainsLayout);

    auto *addRow = new QHBoxLayout;
    auto *newDomain = new QLineEdit(card);
    newDomain->setObjectName(name(QStringLiteral("routeNewDomain"), item, key));
    newDomain->setPlaceholderText(tr("Another domain, e.g. www.example.com"));
    newDomain->setAccessibleName(tr("New domain for this service"));
    newDomain->setClearButtonEnabled(true);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add domain"), card);
    add->setObjectName(name(QStringLiteral("routeAddDomain"), item, key));
    add->setEnabled(false);
    connect(newDomain, &QLineEdit::textChanged, add,
            [add](const QString &text) { add->setEnabled(!text.trimmed().isEmpty()); });
    const auto addDomain = [this, newDomain, item, key, count] {
        const QString domain = newDomain->text().trimmed();
        if (domain.isEmpty())
            return;
        const YamlNode r = context()->document()->yaml().root();
        const YamlPath path = servicePath(item, key)(r);
        if (path.isEmpty())
            return;
        focusAfterRebuild(name(QStringLiteral("routeDomain"), item, key, count));
        apply(context()->document()->editor().append(path, YamlValue::string(domain)), tr("Add route"));
    };
    connect(add, &QPushButton::clicked, this, addDomain);
    connect(newDomain, &QLineEdit::returnPressed, this, addDomain);
    addRow->addWidget(newDomain, 1);
    addRow->addWidget(add);
    card->addWideRow(addRow);
    return card;
}

void RoutesEditor::addDomainRow(FormCard *card, QVBoxLayout *layout, int item, int key, int entry)
{
    auto *first = new QHBoxLayout;
    auto *domain = new QLineEdit(card);
    domain->setObjectName(name(QStringLiteral("routeDomain"), item, key, entry));
    domain->setAccessibleName(tr("Domain"));
    domain->setToolTip(FormSchema::toolTip({QStringLiteral("environments"), QStringLiteral("routes")}));
    QFont bold = domain->font();
    bold.setBold(true);
    domain->setFont(bold);
    binder()->bindLineEdit(domain, domainAccess(item, key, entry),
                           {tr("Change route"), FieldBinder::Write::String, false});
    auto *remove = new QToolButton(card);
    remove->setObjectName(name(QStringLiteral("routeRemove"), item, key, entry));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this domain"));
    remove->setAccessibleName(tr("Remove this domain"));
    connect(remove, &QToolButton::clicked, this, [this, item, key, entry] {
        const YamlNode r = context()->document()->yaml().root();
        const YamlPath path = entryPath(item, key, entry)(r);
        if (!path.isEmpty())
            apply(context()->document()->editor().remove(path), tr("Remove route"));
    });
    first->addWidget(domain, 1);
    first->addWidget(remove);

    auto *options = new FlowLayout(nullptr, 8, 4);
    auto *tls = new QCheckBox(tr("Let's Encrypt"), card);
    tls->setObjectName(name(QStringLiteral("routeTlsAcme"), item, key, entry));
    tls->setToolTip(FormSchema::toolTip(optionKeys(QStringLiteral("tls-acme"))));
    binder()->bindCheckBox(
        tls, optionAccess(item, key, entry, {QStringLiteral("tls-acme"), QStringLiteral("tlsAcme")}),
        FormYaml::toBool(FormSchema::defaultValue(optionKeys(QStringLiteral("tls-acme")))).value_or(true),
        {tr("Change Let's Encrypt"), FieldBinder::Write::Plain, true});

    auto *insecureLabel = new QLabel(tr("&HTTP:"), card);
    auto *insecure = new QComboBox(card);
    insecure->setObjectName(name(QStringLiteral("routeInsecure"), item, key, entry));
    insecure->setAccessibleName(tr("Plain HTTP"));
    insecure->setToolTip(FormSchema::toolTip(optionKeys(QStringLiteral("insecure"))));
    insecureLabel->setToolTip(insecure->toolTip());
    insecureLabel->setBuddy(insecure);
    insecure->addItem(tr("Default (%1)").arg(FormSchema::defaultValue(optionKeys(QStringLiteral("insecure")))),
                      QString());
    insecure->addItem(tr("Redirect"), QStringLiteral("Redirect"));
    insecure->addItem(tr("Allow"), QStringLiteral("Allow"));
    insecure->addItem(tr("None"), QStringLiteral("None"));
    binder()->bindComboBox(insecure, optionAccess(item, key, entry, {QStringLiteral("insecure")}),
                           {tr("Change plain HTTP"), FieldBinder::Write::String, true});

    auto *hsts = new QCheckBox(tr("HSTS"), card);
    hsts->setObjectName(name(QStringLiteral("routeHsts"), item, key, entry));
    hsts->setToolTip(FormSchema::toolTip(optionKeys(QStringLiteral("hstsEnabled"))));
    binder()->bindCheckBox(hsts, optionAccess(item, key, entry, {QStringLiteral("hstsEnabled")}), false,
                           {tr("Change HSTS"), FieldBinder::Write::Plain, true});

    auto *maxAge = new QSpinBox(card);
    maxAge->setObjectName(name(QStringLiteral("routeHstsMaxAge"), item, key, entry));
    maxAge->setAccessibleName(tr("HSTS max-age in seconds"));
    maxAge->setToolTip(FormSchema::toolTip(optionKeys(QStringLiteral("hstsMaxAge"))));
    // Up to about 30 years; nine digits keep the box small.
    maxAge->setRange(-1, 999999999);
    maxAge->setSpecialValueText(tr("default max-age"));
    maxAge->setSuffix(tr(" s"));
    binder()->bindSpinBox(maxAge, optionAccess(item, key, entry, {QStringLiteral("hstsMaxAge")}),
                          {tr("Change HSTS max-age"), FieldBinder::Write::Plain, true});

    // Label and field, and checkbox and number, stay together when the row wraps.
    const auto pair = [card](QWidget *a, QWidget *b) {
        auto *holder = new QWidget(card);
        auto *row = new QHBoxLayout(holder);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(a);
        row->addWidget(b);
        return holder;
    };
    options->addWidget(tls);
    options->addWidget(pair(insecureLabel, insecure));
    options->addWidget(pair(hsts, maxAge));

    // Options the form has no field for are still named, so nobody thinks they are gone.
    auto *others = new QLabel(card);
    others->setObjectName(name(QStringLiteral("routeOtherOptions"), item, key, entry));
    others->setForegroundRole(QPalette::PlaceholderText);
    others->setWordWrap(true);
    binder()->bindDisplay(others, [others, path = entryPath(item, key, entry)](const YamlNode &r) {
        const YamlPath p = path(r);
        const YamlNode written = p.isEmpty() ? YamlNode() : FormYaml::locate(r, p).node;
        QStringList extra;
        if (written.isMap()) {
            for (const QString &option : FormYaml::keys(written.value(FormYaml::firstKey(written)))) {
                if (!shownOptions().contains(option))
                    extra.append(option);
            }
        }
        others->setText(extra.isEmpty() ? QString()
                                        : tr("Also set in the text: %1").arg(extra.join(QStringLiteral(", "))));
        others->setVisible(!extra.isEmpty());
    });

    auto *block = new QVBoxLayout;
    block->setSpacing(4);
    block->addLayout(first);
    block->addLayout(options);
    block->addWidget(others);
    layout->addLayout(block);
}

QWidget *RoutesEditor::buildAddServiceRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Add routes for"), row);
    auto *service = new ServiceComboBox(context(), row);
    service->setObjectName(blockName(QStringLiteral("routeNewService")));
    service->setAccessibleName(tr("Service for the new routes"));
    label->setBuddy(service);
    auto *domain = new QLineEdit(row);
    domain->setObjectName(blockName(QStringLiteral("routeNewServiceDomain")));
    domain->setPlaceholderText(tr("first domain, e.g. example.com"));
    domain->setAccessibleName(tr("First domain of the new routes"));
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), row);
    add->setObjectName(blockName(QStringLiteral("routeAddService")));
    const auto update = [service, domain, add] {
        add->setEnabled(!service->currentText().trimmed().isEmpty() && !domain->text().trimmed().isEmpty());
    };
    connect(service, &QComboBox::currentTextChanged, add, update);
    connect(domain, &QLineEdit::textChanged, add, update);
    update();
    const auto addService = [this, service, domain] {
        const QString serviceName = service->currentText().trimmed();
        const QString first = domain->text().trimmed();
        if (serviceName.isEmpty() || first.isEmpty())
            return;
        const YamlNode routes = FormYaml::locate(context()->document()->yaml().root(), m_path).node;
        const int items = routes.isSequence() ? static_cast<int>(routes.size()) : 0;
        focusAfterRebuild(name(QStringLiteral("routeDomain"), items, 0, 0));
        apply(context()->document()->editor().append(
                  m_path, YamlValue::map({{serviceName, YamlValue::sequence({YamlValue::string(first)})}})),
              tr("Add routes"));
    };
    connect(add, &QPushButton::clicked, this, addService);
    connect(domain, &QLineEdit::returnPressed, this, addService);
    layout->addWidget(label);
    layout->addWidget(service);
    layout->addWidget(domain, 1);
    layout->addWidget(add);
    return row;
}

void RoutesEditor::removeService(int item, int key)
{
    const YamlNode root = context()->document()->yaml().root();
    const YamlNode routeItem = FormYaml::locate(root, m_path.item(item)).node;
    const YamlPath service = servicePath(item, key)(root);
    if (service.isEmpty())
        return;
    // One service in the item (the usual way to write it): the whole `- nginx:` item goes.
    const YamlPath target = FormYaml::keys(routeItem).size() == 1 ? m_path.item(item) : service;
    apply(context()->document()->editor().remove(target), tr("Remove routes"));
}

} // namespace Lagoon
