// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/tasklisteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/common/accessiblecomboname.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/forms/commandedit.h"
#include "widgets/editor/forms/fieldbinder.h"
#include "widgets/editor/forms/formcard.h"
#include "widgets/editor/forms/formcontext.h"
#include "widgets/editor/forms/formschema.h"
#include "widgets/editor/forms/formyaml.h"
#include "widgets/editor/forms/servicecombobox.h"

namespace Lagoon {

namespace {

QStringList taskKeys(const QString &field)
{
    return {QStringLiteral("tasks"), QStringLiteral("post-rollout"), QStringLiteral("run"), field};
}

const QStringList &shownFields()
{
    static const QStringList fields = {QStringLiteral("name"), QStringLiteral("command"), QStringLiteral("service"),
                                       QStringLiteral("container"), QStringLiteral("shell")};
    return fields;
}

} // namespace

TaskListEditor::TaskListEditor(FormContext *context, const QString &list, QWidget *parent)
    : FormBlock(context, parent), m_list(list), m_path(YamlPath().key(QStringLiteral("tasks")).key(list))
{
}

QString TaskListEditor::name(const QString &what, int index) const
{
    QString text = what + QLatin1Char('-') + m_list;
    if (index >= 0)
        text += QLatin1Char('-') + QString::number(index);
    return text;
}

QString TaskListEditor::structure(const YamlNode &root) const
{
    const YamlNode tasks = FormYaml::locate(root, m_path).node;
    return tasks.isSequence() ? QString::number(tasks.size()) : QStringLiteral("none");
}

void TaskListEditor::build(QWidget *content, const YamlNode &root)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const YamlNode tasks = FormYaml::locate(root, m_path).node;
    const int count = tasks.isSequence() ? static_cast<int>(tasks.size()) : 0;
    for (int i = 0; i < count; ++i)
        layout->addWidget(buildCard(content, i, count));
    if (count == 0) {
        auto *empty = new QLabel(
            m_list == QLatin1String("pre-rollout")
                ? tr("No pre-rollout tasks: nothing runs before the new version is rolled out.")
                : tr("No post-rollout tasks: nothing runs after the rollout (no cache clear, no database update)."),
            content);
        empty->setObjectName(name(QStringLiteral("tasksEmpty")));
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
    }
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add task"), content);
    add->setObjectName(name(QStringLiteral("taskAdd")));
    connect(add, &QPushButton::clicked, this, &TaskListEditor::addTask);
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

QWidget *TaskListEditor::buildCard(QWidget *parent, int index, int count)
{
    const YamlPath run = m_path.item(index).child(QStringLiteral("run"));
    auto *card = new FormCard(QString(), parent);
    card->setObjectName(name(QStringLiteral("taskCard"), index));

    auto *up = card->addHeaderButton(QStringLiteral("go-up"), tr("Run earlier"), name(QStringLiteral("taskUp"), index));
    up->setEnabled(index > 0);
    connect(up, &QToolButton::clicked, this, [this, index] { moveTask(index, index - 1); });
    auto *down =
        card->addHeaderButton(QStringLiteral("go-down"), tr("Run later"), name(QStringLiteral("taskDown"), index));
    down->setEnabled(index + 1 < count);
    connect(down, &QToolButton::clicked, this, [this, index] { moveTask(index, index + 1); });
    auto *remove = card->addHeaderButton(QStringLiteral("edit-delete"), tr("Remove this task"),
                                         name(QStringLiteral("taskRemove"), index));
    connect(remove, &QToolButton::clicked, this,
            [this, index] { apply(context()->document()->editor().remove(m_path.item(index)), tr("Remove task")); });

    auto *nameEdit = new QLineEdit(card);
    nameEdit->setObjectName(name(QStringLiteral("taskName"), index));
    card->addRow(tr("&Name:"), nameEdit, FormSchema::toolTip(taskKeys(QStringLiteral("name"))));
    binder()->bindLineEdit(nameEdit, FieldAccess::at(run.child(QStringLiteral("name"))),
                           {tr("Rename task"), FieldBinder::Write::String, false});

    auto *command = new CommandEdit(card);
    command->setObjectName(name(QStringLiteral("taskCommand"), index));
    card->addRow(tr("C&ommand:"), command, FormSchema::toolTip(taskKeys(QStringLiteral("command"))));
    binder()->bindCommandEdit(command, FieldAccess::at(run.child(QStringLiteral("command"))),
                              {tr("Change task command"), FieldBinder::Write::String, false});

    auto *service = new ServiceComboBox(context(), card);
    service->setObjectName(name(QStringLiteral("taskService"), index));
    auto *container = new QLineEdit(card);
    container->setObjectName(name(QStringLiteral("taskContainer"), index));
    container->setPlaceholderText(tr("the service's container"));
    auto *shell = new QComboBox(card);
    shell->setObjectName(name(QStringLiteral("taskShell"), index));
    shell->setEditable(true);
    AccessibleComboName::follow(shell);
    shell->setInsertPolicy(QComboBox::NoInsert);
    shell->addItems({QStringLiteral("sh"), QStringLiteral("bash")});
    shell->lineEdit()->setPlaceholderText(FormSchema::defaultValue(taskKeys(QStringLiteral("shell"))));

    card->addRow(tr("&Service:"), service, FormSchema::toolTip(taskKeys(QStringLiteral("service"))));
    card->addRow(tr("Con&tainer:"), container, FormSchema::toolTip(taskKeys(QStringLiteral("container"))));
    card->addRow(tr("S&hell:"), shell, FormSchema::toolTip(taskKeys(QStringLiteral("shell"))));
    binder()->bindComboBox(service, FieldAccess::at(run.child(QStringLiteral("service"))),
                           {tr("Change task service"), FieldBinder::Write::String, false});
    binder()->bindLineEdit(container, FieldAccess::at(run.child(QStringLiteral("container"))),
                           {tr("Change task container"), FieldBinder::Write::String, true});
    binder()->bindComboBox(shell, FieldAccess::at(run.child(QStringLiteral("shell"))),
                           {tr("Change task shell"), FieldBinder::Write::String, true});

    auto *others = new QLabel(card);
    others->setObjectName(name(QStringLiteral("taskOtherFields"), index));
    others->setWordWrap(true);
    others->setForegroundRole(QPalette::PlaceholderText);
    card->addWideRow(others);

    binder()->bindDisplay(card, [card, others, run, index](const YamlNode &root) {
        const FormYaml::FieldValue task = FormYaml::locate(root, run);
        const QString title = FormYaml::locate(root, run.child(QStringLiteral("name"))).text;
        card->setTitle(tr("%1. %2").arg(index + 1).arg(title.isEmpty() ? tr("Unnamed task") : title));
        QStringList extra;
        for (const QString &key : FormYaml::keys(task.node)) {
            if (!shownFields().contains(key))
                extra.append(key);
        }
        QString text;
        if (!task.exists)
            text = tr("This item is not a `run:` task; edit it in the text.");
        else if (!extra.isEmpty())
            text = tr("Also set in the text: %1").arg(extra.join(QStringLiteral(", ")));
        others->setText(text);
        others->setVisible(!text.isEmpty());
    });
    return card;
}

void TaskListEditor::moveTask(int from, int to)
{
    if (!apply(context()->document()->editor().move(m_path, from, to), tr("Move task")))
        return;
    // The cards stay (same number of tasks) and show the moved task at its new place; so does focus.
    const QString button = name(to < from ? QStringLiteral("taskUp") : QStringLiteral("taskDown"), to);
    if (auto *target = findChild<QToolButton *>(button); target && target->isEnabled())
        target->setFocus(Qt::OtherFocusReason);
    else if (auto *card = findChild<QWidget *>(name(QStringLiteral("taskName"), to)))
        card->setFocus(Qt::OtherFocusReason);
}

void TaskListEditor::addTask()
{
    const YamlNode tasks = FormYaml::locate(context()->document()->yaml().root(), m_path).node;
    const int count = tasks.isSequence() ? static_cast<int>(tasks.size()) : 0;
    const QStringList services = context()->serviceNames();
    const QString service =
        services.isEmpty() || services.contains(QStringLiteral("cli")) ? QStringLiteral("cli") : services.constFirst();
    const YamlValue task =
        YamlValue::map({{QStringLiteral("run"), YamlValue::map({
                                                    {QStringLiteral("name"), YamlValue::string(tr("New task"))},
                                                    {QStringLiteral("command"), YamlValue::string(QString())},
                                                    {QStringLiteral("service"), YamlValue::string(service)},
                                                })}});
    focusAfterRebuild(name(QStringLiteral("taskName"), count));
    apply(context()->document()->editor().append(m_path, task), tr("Add task"));
}

} // namespace Lagoon
