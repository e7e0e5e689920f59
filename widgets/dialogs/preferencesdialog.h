// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Lagoon {

class Settings;

/** Language, colour scheme and start-up behaviour; writes to Settings when accepted. */
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

    Settings *m_settings;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QCheckBox *m_reopen;
    QDialogButtonBox *m_buttons;
};

} // namespace Lagoon
