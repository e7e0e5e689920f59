// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Lagoon {

class Settings;

/**
 * Language, colour scheme, start-up behaviour and desktop notifications (do-not-disturb, keep
 * watching when the window is closed, the default and per-project choice); writes to Settings
 * when accepted.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void loadNotifications();
    void saveNotifications();
    void addProjectRow(const QString &project, int choice);
    void fillChoices(QComboBox *combo) const;

    Settings *m_settings;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QCheckBox *m_reopen;
    QGroupBox *m_notifications;
    QCheckBox *m_doNotDisturb;
    QCheckBox *m_keepWatching;
    QLabel *m_defaultChoiceLabel;
    QComboBox *m_defaultChoice;
    QLabel *m_projectsLabel;
    QTableWidget *m_projectChoices;
    QPushButton *m_addProject;
    QPushButton *m_removeProject;
    QDialogButtonBox *m_buttons;
};

} // namespace Lagoon
