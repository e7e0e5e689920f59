// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/dialogs/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/i18n/translationloader.h"
#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationsettings.h"
#include "core/settings/settings.h"

namespace Lagoon {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_schemeLabel(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_reopen(new QCheckBox(this))
    , m_notifications(new QGroupBox(this))
    , m_doNotDisturb(new QCheckBox(m_notifications))
    , m_keepWatching(new QCheckBox(m_notifications))
    , m_defaultChoiceLabel(new QLabel(m_notifications))
    , m_defaultChoice(new QComboBox(m_notifications))
    , m_projectsLabel(new QLabel(m_notifications))
    , m_projectChoices(new QTableWidget(0, 2, m_notifications))
    , m_addProject(new QPushButton(m_notifications))
    , m_removeProject(new QPushButton(m_notifications))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_scheme->setObjectName(QStringLiteral("preferencesColorScheme"));
    m_reopen->setObjectName(QStringLiteral("preferencesReopen"));
    m_languageLabel->setBuddy(m_language);
    m_schemeLabel->setBuddy(m_scheme);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_schemeLabel, m_scheme);
    form->addRow(QString(), m_reopen);
    m_notifications->setObjectName(QStringLiteral("preferencesNotifications"));
    m_doNotDisturb->setObjectName(QStringLiteral("preferencesDoNotDisturb"));
    m_keepWatching->setObjectName(QStringLiteral("preferencesKeepWatching"));
    m_defaultChoice->setObjectName(QStringLiteral("preferencesNotifyDefault"));
    m_projectChoices->setObjectName(QStringLiteral("preferencesNotifyProjects"));
    m_addProject->setObjectName(QStringLiteral("preferencesNotifyAddProject"));
    m_removeProject->setObjectName(QStringLiteral("preferencesNotifyRemoveProject"));
    m_defaultChoiceLabel->setBuddy(m_defaultChoice);
    m_projectsLabel->setBuddy(m_projectChoices);
    m_projectChoices->verticalHeader()->hide();
    m_projectChoices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projectChoices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_projectChoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectChoices->setMinimumHeight(110);
    auto *notifyForm = new QFormLayout;
    notifyForm->addRow(QString(), m_doNotDisturb);
    notifyForm->addRow(QString(), m_keepWatching);
    notifyForm->addRow(m_defaultChoiceLabel, m_defaultChoice);
    auto *projectButtons = new QHBoxLayout;
    projectButtons->addStretch(1);
    projectButtons->addWidget(m_addProject);
    projectButtons->addWidget(m_removeProject);
    auto *notifyLayout = new QVBoxLayout(m_notifications);
    notifyLayout->addLayout(notifyForm);
    notifyLayout->addWidget(m_projectsLabel);
    notifyLayout->addWidget(m_projectChoices);
    notifyLayout->addLayout(projectButtons);
    connect(m_addProject, &QPushButton::clicked, this, [this] {
        addProjectRow(QString(), int(NotificationPolicy::Choice::FailuresOnly));
        m_projectChoices->editItem(m_projectChoices->item(m_projectChoices->rowCount() - 1, 0));
    });
    connect(m_removeProject, &QPushButton::clicked, this, [this] {
        if (m_projectChoices->currentRow() >= 0)
            m_projectChoices->removeRow(m_projectChoices->currentRow());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notifications);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    retranslate();
    load();
}

void PreferencesDialog::load()
{
    const int language = m_language->findData(m_settings->value(SettingKeys::Language));
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    const int scheme = m_scheme->findData(m_settings->value(SettingKeys::ColorScheme));
    m_scheme->setCurrentIndex(scheme < 0 ? 0 : scheme);
    m_reopen->setChecked(m_settings->value(SettingKeys::ReopenLastProject));
    loadNotifications();
}

void PreferencesDialog::loadNotifications()
{
    const NotificationPolicy policy(m_settings, {});
    m_doNotDisturb->setChecked(policy.doNotDisturb());
    m_keepWatching->setChecked(m_settings->value(SettingKeys::KeepWatchingWhenClosed));
    m_defaultChoice->setCurrentIndex(std::max(0, m_defaultChoice->findData(int(policy.defaultChoice()))));
    m_projectChoices->setRowCount(0);
    const QHash<QString, NotificationPolicy::Choice> choices = policy.projectChoices();
    QStringList projects = choices.keys();
    projects.sort();
    for (const QString &project : projects)
        addProjectRow(project, int(choices.value(project)));
}

void PreferencesDialog::addProjectRow(const QString &project, int choice)
{
    const int row = m_projectChoices->rowCount();
    m_projectChoices->insertRow(row);
    m_projectChoices->setItem(row, 0, new QTableWidgetItem(project));
    auto *combo = new QComboBox(m_projectChoices);
    fillChoices(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(choice)));
    combo->setAccessibleName(tr("Notifications for %1").arg(project));
    m_projectChoices->setCellWidget(row, 1, combo);
}

void PreferencesDialog::fillChoices(QComboBox *combo) const
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Every outcome"), int(NotificationPolicy::Choice::All));
    combo->addItem(tr("Failures only"), int(NotificationPolicy::Choice::FailuresOnly));
    combo->addItem(tr("None"), int(NotificationPolicy::Choice::None));
    if (current.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void PreferencesDialog::saveNotifications()
{
    NotificationPolicy policy(m_settings, {});
    policy.setDoNotDisturb(m_doNotDisturb->isChecked());
    m_settings->setValue(SettingKeys::KeepWatchingWhenClosed, m_keepWatching->isChecked());
    policy.setDefaultChoice(NotificationPolicy::Choice(m_defaultChoice->currentData().toInt()));
    const QHash<QString, NotificationPolicy::Choice> before = policy.projectChoices();
    QSet<QString> kept;
    for (int row = 0; row < m_projectChoices->rowCount(); ++row) {
        const QString project = m_projectChoices->item(row, 0) ? m_projectChoices->item(row, 0)->text().trimmed() : QString();
        const auto *combo = qobject_cast<QComboBox *>(m_projectChoices->cellWidget(row, 1));
        if (project.isEmpty() || !combo)
            continue;
        kept.insert(project);
        policy.setChoice(project, NotificationPolicy::Choice(combo->currentData().toInt()));
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!kept.contains(it.key()))
            policy.clearChoice(it.key());
    }
}

void PreferencesDialog::accept()
{
    m_settings->setValue(SettingKeys::Language, m_language->currentData().toString());
    m_settings->setValue(SettingKeys::ColorScheme, m_scheme->currentData().toString());
    m_settings->setValue(SettingKeys::ReopenLastProject, m_reopen->isChecked());
    saveNotifications();
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_schemeLabel->setText(tr("&Colour scheme:"));
    m_reopen->setText(tr("&Reopen the last project at start-up"));
    m_notifications->setTitle(tr("Deployment notifications"));
    m_doNotDisturb->setText(tr("&Do not disturb"));
    m_keepWatching->setText(tr("&Keep watching deployments in the tray when the window is closed"));
    m_defaultChoiceLabel->setText(tr("&Notify about:"));
    m_projectsLabel->setText(tr("&Projects with a choice of their own:"));
    // A table's accessible name does not come from its buddy label.
    m_projectChoices->setAccessibleName(tr("Projects with a choice of their own"));
    m_projectChoices->setHorizontalHeaderLabels({tr("Project"), tr("Notify about")});
    m_addProject->setText(tr("&Add Project"));
    m_removeProject->setText(tr("Re&move"));
    fillChoices(m_defaultChoice);
    for (int row = 0; row < m_projectChoices->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_projectChoices->cellWidget(row, 1))) {
            fillChoices(combo);
            if (const QTableWidgetItem *item = m_projectChoices->item(row, 0))
                combo->setAccessibleName(tr("Notifications for %1").arg(item->text()));
        }
    }

    const QString language = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : TranslationLoader::availableLanguages())
        m_language->addItem(TranslationLoader::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    const QString scheme = m_scheme->currentData().toString();
    m_scheme->clear();
    m_scheme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
}

} // namespace Lagoon
