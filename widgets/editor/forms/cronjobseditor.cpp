// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/cronjobseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/config/namespacename.h"

#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/commandedit.h"
#include "widgets/editor/forms/cronfield.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"
#include "widgets/editor/forms/servicecombobox.h"

namespace Lagoon {

namespace {

QStringList cronKeys(const QString &field)
{
    return {QStringLiteral("environments"), QStringLiteral("cronjobs"), field};
}

} // namespace

CronjobsEditor::CronjobsEditor(FormContext *context, const QString &environment, QWidget *parent)
    : FormBlock(context, parent), m_environment(environment),
      m_path(YamlPath().key(QStringLiteral("environments")).key(environment).key(QStringLiteral("cronjobs")))
{
}

QString CronjobsEditor::name(const QString &what, int index) const
{
    QString text = what + QLatin1Char('-') + m_environment;
    if (index >= 0)
        text += QLatin1Char('-') + QString::number(index);
    return text;
}

QString CronjobsEditor::structure(const YamlNode &root) const
{
    const YamlNode cronjobs = FormYaml::locate(root, m_path).node;
    return cronjobs.isSequence() ? QString::number(cronjobs.size()) : QStringLiteral("none");
}

void CronjobsEditor::build(QWidget *content, const YamlNode &root)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const YamlNode cronjobs = FormYaml::locate(root, m_path).node;
    const int count = cronjobs.isSequence() ? static_cast<int>(cronjobs.size()) : 0;
    for (int i = 0; i < count; ++i)
        layout->addWidget(buildCard(content, i));
    if (count == 0) {
        auto *empty = new QLabel(tr("No cronjobs in this environment."), content);
        empty->setObjectName(name(QStringLiteral("cronjobsEmpty")));
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
    }
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add cronjob"), content);
    add->setObjectName(name(QStringLiteral("cronAdd")));
    connect(add, &QPushButton::clicked, this, &CronjobsEditor::addCronjob);
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

QWidget *CronjobsEditor::buildCard(QWidget *parent, int index)
{
    const YamlPath item = m_path.item(index);
    auto *card = new FormCard(QString(), parent);
    card->setObjectName(name(QStringLiteral("cronCard"), index));

    auto *remove = card->addHeaderButton(QStringLiteral("edit-delete"), tr("Remove this cronjob"),
                                         name(QStringLiteral("cronRemove"), index));
    connect(remove, &QToolButton::clicked, this,
            [this, item] { apply(context()->document()->editor().remove(item), tr("Remove cronjob")); });

    auto *nameEdit = new QLineEdit(card);
    nameEdit->setObjectName(name(QStringLiteral("cronName"), index));
    card->addRow(tr("&Name:"), nameEdit, FormSchema::toolTip(cronKeys(QStringLiteral("name"))));
    binder()->bindLineEdit(nameEdit, FieldAccess::at(item.child(QStringLiteral("name"))),
                           {tr("Rename cronjob"), FieldBinder::Write::String, false});

    auto *schedule = new CronField(context(), m_environment, card);
    schedule->setObjectName(name(QStringLiteral("cronScheduleField"), index));
    schedule->lineEdit()->setObjectName(name(QStringLiteral("cronSchedule"), index));
    card->addRow(tr("S&chedule:"), schedule->lineEdit(), FormSchema::toolTip(cronKeys(QStringLiteral("schedule"))),
                 schedule);
    binder()->bindLineEdit(schedule->lineEdit(), FieldAccess::at(item.child(QStringLiteral("schedule"))),
                           {tr("Change cron schedule"), FieldBinder::Write::String, false});

    auto *command = new CommandEdit(card);
    command->setObjectName(name(QStringLiteral("cronCommand"), index));
    card->addRow(tr("C&ommand:"), command, FormSchema::toolTip(cronKeys(QStringLiteral("command"))));
    binder()->bindCommandEdit(command, FieldAccess::at(item.child(QStringLiteral("command"))),
                              {tr("Change cron command"), FieldBinder::Write::String, false});

    auto *service = new ServiceComboBox(context(), card);
    service->setObjectName(name(QStringLiteral("cronService"), index));
    card->addRow(tr("&Service:"), service, FormSchema::toolTip(cronKeys(QStringLiteral("service"))));
    binder()->bindComboBox(service, FieldAccess::at(item.child(QStringLiteral("service"))),
                           {tr("Change cron service"), FieldBinder::Write::String, false});

    auto *inPod = new QComboBox(card);
    inPod->setObjectName(name(QStringLiteral("cronInPod"), index));
    inPod->addItem(tr("Decided by the schedule"), QString());
    inPod->addItem(tr("Always in the service's pod"), QStringLiteral("true"));
    inPod->addItem(tr("As a Kubernetes CronJob"), QStringLiteral("false"));
    card->addRow(tr("&Runs:"), inPod, FormSchema::toolTip(cronKeys(QStringLiteral("inPod"))));
    binder()->bindComboBox(inPod, FieldAccess::at(item.child(QStringLiteral("inPod"))),
                           {tr("Change where the cronjob runs"), FieldBinder::Write::Plain, true});

    auto *timeout = new QLineEdit(card);
    timeout->setObjectName(name(QStringLiteral("cronTimeout"), index));
    timeout->setPlaceholderText(FormSchema::defaultValue(cronKeys(QStringLiteral("timeout"))));
    timeout->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    card->addRow(tr("&Timeout:"), timeout, FormSchema::toolTip(cronKeys(QStringLiteral("timeout"))));
    binder()->bindLineEdit(timeout, FieldAccess::at(item.child(QStringLiteral("timeout"))),
                           {tr("Change cron timeout"), FieldBinder::Write::String, true});

    // The title and the "where does it run" note follow the values.
    binder()->bindDisplay(card, [this, card, item](const YamlNode &root) {
        const QString title = FormYaml::locate(root, item.child(QStringLiteral("name"))).text;
        card->setTitle(title.isEmpty() ? tr("Unnamed cronjob") : title);
        const FormYaml::FieldValue scheduleValue = FormYaml::locate(root, item.child(QStringLiteral("schedule")));
        const FormYaml::FieldValue inPodValue = FormYaml::locate(root, item.child(QStringLiteral("inPod")));
        const QString ns = context()->projectName().isEmpty()
                               ? QStringLiteral("x")
                               : NamespaceName::forEnvironment(context()->projectName(), m_environment);
        QString where;
        if (const Result<QString> standard = LagoonCron::standardize(scheduleValue.text, ns)) {
            const std::optional<bool> forced = inPodValue.exists ? FormYaml::toBool(inPodValue.text) : std::nullopt;
            if (const Result<bool> pod = LagoonCron::runsInPod(*standard, forced))
                where = *pod ? tr("runs inside the service's pod") : tr("runs as a Kubernetes CronJob");
        }
        card->setSubtitle(where);
    });
    return card;
}

void CronjobsEditor::addCronjob()
{
    const YamlNode cronjobs = FormYaml::locate(context()->document()->yaml().root(), m_path).node;
    const int count = cronjobs.isSequence() ? static_cast<int>(cronjobs.size()) : 0;
    const QStringList services = context()->serviceNames();
    const QString service = services.contains(QStringLiteral("cli")) ? QStringLiteral("cli")
                            : services.isEmpty()                     ? QStringLiteral("cli")
                                                                     : services.constFirst();
    const YamlValue cronjob = YamlValue::map({
        {QStringLiteral("name"), YamlValue::string(tr("new cronjob"))},
        {QStringLiteral("schedule"), YamlValue::string(QStringLiteral("M * * * *"))},
        {QStringLiteral("command"), YamlValue::string(QString())},
        {QStringLiteral("service"), YamlValue::string(service)},
    });
    focusAfterRebuild(name(QStringLiteral("cronName"), count));
    apply(context()->document()->editor().append(m_path, cronjob), tr("Add cronjob"));
}

} // namespace Lagoon
