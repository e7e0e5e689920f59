// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/dialogs/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/i18n/translationloader.h"
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
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
}

void PreferencesDialog::accept()
{
    m_settings->setValue(SettingKeys::Language, m_language->currentData().toString());
    m_settings->setValue(SettingKeys::ColorScheme, m_scheme->currentData().toString());
    m_settings->setValue(SettingKeys::ReopenLastProject, m_reopen->isChecked());
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
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
}

} // namespace Lagoon
