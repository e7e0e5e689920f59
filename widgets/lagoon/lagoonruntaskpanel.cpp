// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonruntaskpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "widgets/lagoon/lagoonconfirmation.h"

namespace Lagoon {

namespace {

using ArgumentType = LagoonTaskDefinition::ArgumentType;

QString fieldValue(const QWidget *field)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentData().toString();
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text().trimmed();
    return {};
}

} // namespace

LagoonRunTaskPanel::LagoonRunTaskPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_title(new QLabel)
    , m_description(new QLabel)
    , m_command(new QLabel)
    , m_formHost(new QWidget)
    , m_form(new QFormLayout(m_formHost))
    , m_run(new QPushButton)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("lagoonRunTaskPanel"));
    m_list->setObjectName(QStringLiteral("lagoonTaskDefinitions"));
    m_title->setObjectName(QStringLiteral("lagoonTaskTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_command->setForegroundRole(QPalette::PlaceholderText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setContentsMargins(0, 4, 0, 4);
    m_run->setObjectName(QStringLiteral("lagoonRunTask"));
    m_run->setIcon(QIcon::fromTheme(QStringLiteral("system-run")));
    m_status->setObjectName(QStringLiteral("lagoonRunTaskStatus"));
    m_status->setWordWrap(true);

    auto *details = new QWidget;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_status, 1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_command);
    detailsLayout->addWidget(m_formHost);
    detailsLayout->addLayout(buttons);
    detailsLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // The list holds short names; the form needs the room.
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &LagoonRunTaskPanel::showDefinition);
    connect(m_run, &QPushButton::clicked, this, &LagoonRunTaskPanel::run);
    retranslate();
    showDefinition();
}

void LagoonRunTaskPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    m_session = session;
    m_environment = environment;
    refresh();
}

void LagoonRunTaskPanel::clear()
{
    ++m_generation;
    // A question still open about this environment finds out in run().
    m_session = nullptr;
    m_environment = {};
    setDefinitions({});
    m_status->clear();
}

void LagoonRunTaskPanel::refresh()
{
    if (!m_session || !m_environment.isValid())
        return;
    const int generation = m_generation;
    m_session->fetch(QStringLiteral("AdvancedTasksForEnvironment"), {{QStringLiteral("environment"), m_environment.id}},
                     LagoonCache::taskDefinitionsKey(m_environment.id), this,
                     [this, generation](const Result<LagoonAnswer> &answer) {
                         if (generation != m_generation)
                             return;
                         if (!answer) {
                             Q_EMIT failed(answer.error(), {});
                             return;
                         }
                         if (answer->fromCache)
                             Q_EMIT failed(*answer->error, answer->fetchedAt);
                         else
                             Q_EMIT answered();
                         const int selected = current().id;
                         setDefinitions(LagoonTaskDefinition::listFromJson(
                             answer->data.value(QStringLiteral("advancedTasksForEnvironment")).toArray()));
                         if (selected != 0)
                             selectDefinition(selected);
                     });
}

void LagoonRunTaskPanel::setDefinitions(const QList<LagoonTaskDefinition> &definitions)
{
    m_definitions = definitions;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const LagoonTaskDefinition &definition : definitions) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(definition.type == QLatin1String("IMAGE") ? QStringLiteral("application-x-executable")
                                                                                                   : QStringLiteral("utilities-terminal")),
                                         definition.name, m_list);
        item->setToolTip(definition.description);
    }
    if (!definitions.isEmpty())
        m_list->setCurrentRow(0);
    showDefinition();
}

bool LagoonRunTaskPanel::selectDefinition(int id)
{
    for (qsizetype i = 0; i < m_definitions.size(); ++i) {
        if (m_definitions.at(i).id == id) {
            m_list->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

LagoonTaskDefinition LagoonRunTaskPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_definitions.size() ? m_definitions.at(row) : LagoonTaskDefinition();
}

QHash<QString, QString> LagoonRunTaskPanel::argumentValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), fieldValue(it.value()));
    return values;
}

QWidget *LagoonRunTaskPanel::fieldFor(const QString &name) const
{
    return m_fields.value(name);
}

void LagoonRunTaskPanel::showDefinition()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const LagoonTaskDefinition definition = current();
    m_title->setText(definition.isValid() ? definition.name
                                          : tr("This environment offers no tasks you may run."));
    m_description->setText(definition.description);
    m_description->setVisible(!definition.description.isEmpty());
    m_command->setText(definition.isValid()
                           ? (definition.type == QLatin1String("IMAGE") ? tr("Image %1").arg(definition.command)
                                                                         : tr("Runs %1 in service %2").arg(definition.command, definition.service))
                           : QString());
    for (const LagoonTaskDefinition::Argument &argument : definition.arguments) {
        QWidget *field = nullptr;
        const bool namesEnvironment = argument.type == ArgumentType::EnvironmentSourceName ||
                                      argument.type == ArgumentType::EnvironmentSourceNameExcludeSelf;
        if (!argument.range.isEmpty() || namesEnvironment) {
            auto *combo = new QComboBox;
            if (argument.optional)
                combo->addItem(tr("(none)"), QString());
            QStringList choices = argument.range;
            if (choices.isEmpty()) {
                choices = m_environment.projectEnvironments;
                if (argument.type == ArgumentType::EnvironmentSourceNameExcludeSelf)
                    choices.removeAll(m_environment.name);
            }
            for (const QString &choice : std::as_const(choices))
                combo->addItem(choice, choice);
            const int preset = combo->findData(argument.defaultValue);
            if (preset >= 0)
                combo->setCurrentIndex(preset);
            connect(combo, &QComboBox::currentIndexChanged, this, &LagoonRunTaskPanel::updateRunButton);
            field = combo;
        } else {
            auto *line = new QLineEdit;
            line->setText(argument.defaultValue);
            if (argument.type == ArgumentType::Numeric)
                line->setValidator(new QIntValidator(line));
            line->setPlaceholderText(argument.optional ? tr("optional") : QString());
            connect(line, &QLineEdit::textChanged, this, &LagoonRunTaskPanel::updateRunButton);
            field = line;
        }
        field->setObjectName(QStringLiteral("lagoonTaskArgument_") + argument.name);
        field->setAccessibleName(argument.label());
        m_form->addRow(argument.label() + QLatin1Char(':'), field);
        m_fields.insert(argument.name, field);
    }
    m_formHost->setVisible(!definition.arguments.isEmpty());
    updateRunButton();
}

void LagoonRunTaskPanel::updateRunButton()
{
    const LagoonTaskDefinition definition = current();
    bool complete = definition.isValid() && m_session && m_environment.isValid();
    for (const LagoonTaskDefinition::Argument &argument : definition.arguments) {
        if (!argument.optional && fieldValue(m_fields.value(argument.name)).isEmpty())
            complete = false;
    }
    m_run->setEnabled(complete);
}

void LagoonRunTaskPanel::run()
{
    const LagoonTaskDefinition definition = current();
    if (!definition.isValid() || !m_session || !m_run->isEnabled())
        return;
    const QHash<QString, QString> values = argumentValues();
    if (definition.confirmationText.isEmpty() && !m_environment.isProduction()) {
        invoke(definition, values);
        return;
    }
    const QString text = definition.confirmationText.isEmpty()
        ? tr("Run %1 on the production environment %2?").arg(definition.name, m_environment.name)
        : definition.confirmationText;
    LagoonConfirmation::ask(this, tr("Run Task"), text,
                            tr("Task %1 on %2 of %3.").arg(definition.name, m_environment.name, m_environment.project),
                            tr("Run"), [this, definition, values, session = m_session, environment = m_environment] {
                                // The session may have gone, or the panel moved on, while the question was open.
                                const bool stillShowing = session && session == m_session && m_environment.isValid() &&
                                                          environment.id == m_environment.id;
                                if (!stillShowing) {
                                    m_status->setText(tr("%1 did not start.").arg(definition.name));
                                    Q_EMIT failed(Error{Error::Code::Cancelled,
                                                        tr("%1 was not started: you were signed out, or another "
                                                           "account or environment was opened, before you confirmed.")
                                                            .arg(definition.name),
                                                        {}},
                                                  {});
                                    return;
                                }
                                invoke(definition, values);
                            });
}

void LagoonRunTaskPanel::invoke(const LagoonTaskDefinition &definition, const QHash<QString, QString> &values)
{
    m_status->setText(tr("Starting %1…").arg(definition.name));
    m_session->api()->run(QStringLiteral("InvokeRegisteredTask"),
                          {{QStringLiteral("definition"), definition.id},
                           {QStringLiteral("environment"), m_environment.id},
                           {QStringLiteral("arguments"), definition.argumentValues(values)}},
                          this, [this, name = definition.name](const Result<QJsonObject> &reply) {
                              if (!reply) {
                                  m_status->setText(tr("%1 did not start.").arg(name));
                                  Q_EMIT failed(reply.error(), {});
                                  return;
                              }
                              const QJsonValue task = reply->value(QStringLiteral("invokeRegisteredTask"));
                              m_status->setText(tr("Started %1 (%2).").arg(name, task[QStringLiteral("taskName")].toString()));
                              Q_EMIT taskStarted(task[QStringLiteral("id")].toInt());
                          });
}

void LagoonRunTaskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showDefinition();
    }
    QWidget::changeEvent(event);
}

void LagoonRunTaskPanel::retranslate()
{
    m_list->setAccessibleName(tr("Tasks you can run"));
    m_run->setText(tr("Run Task"));
    m_run->setAccessibleName(tr("Run task"));
}

} // namespace Lagoon
