// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/signinmethodchooser.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Lagoon {

namespace {

constexpr int ChooseFileRole = Qt::UserRole + 1;

QString sshFolder()
{
    return QDir::home().filePath(QStringLiteral(".ssh"));
}

// Private keys in ~/.ssh that ssh would not try by itself or that the user named before.
QStringList keyFilesIn(const QString &folder)
{
    QStringList keys;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("id_*")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (file.suffix() != QLatin1StringView("pub") && QFileInfo::exists(file.filePath() + QStringLiteral(".pub")))
            keys << file.filePath();
    }
    return keys;
}

} // namespace

SignInMethodChooser::SignInMethodChooser(QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_browser(new QRadioButton(this)),
      m_ssh(new QRadioButton(this)), m_paste(new QRadioButton(this)), m_browserHint(new QLabel(this)),
      m_sshBox(new QWidget(this)), m_keyLabel(new QLabel(m_sshBox)), m_keys(new QComboBox(m_sshBox)),
      m_pasteBox(new QWidget(this)), m_tokenHint(new QLabel(m_pasteBox)), m_token(new QPlainTextEdit(m_pasteBox))
{
    setObjectName(QStringLiteral("signInMethodChooser"));
    m_browser->setObjectName(QStringLiteral("signInBrowser"));
    m_ssh->setObjectName(QStringLiteral("signInSshKey"));
    m_paste->setObjectName(QStringLiteral("signInPasteToken"));
    m_keys->setObjectName(QStringLiteral("signInKeyFile"));
    m_token->setObjectName(QStringLiteral("signInToken"));
    m_group->addButton(m_browser, int(LoginMethod::Browser));
    m_group->addButton(m_ssh, int(LoginMethod::SshKey));
    m_group->addButton(m_paste, int(LoginMethod::PastedToken));
    m_browser->setChecked(true);

    for (QLabel *hint : {m_browserHint, m_tokenHint}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_keyLabel->setBuddy(m_keys);
    m_keys->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keys->setMinimumContentsLength(24);
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().lineSpacing() * 4 + 12);
    m_token->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_token->setWordWrapMode(QTextOption::WrapAnywhere);

    auto *sshLayout = new QHBoxLayout(m_sshBox);
    sshLayout->setContentsMargins(24, 0, 0, 0);
    sshLayout->addWidget(m_keyLabel);
    sshLayout->addWidget(m_keys, 1);
    auto *pasteLayout = new QVBoxLayout(m_pasteBox);
    pasteLayout->setContentsMargins(24, 0, 0, 0);
    pasteLayout->addWidget(m_tokenHint);
    pasteLayout->addWidget(m_token);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *browserHintBox = new QHBoxLayout;
    browserHintBox->setContentsMargins(24, 0, 0, 0);
    browserHintBox->addWidget(m_browserHint);
    layout->addLayout(browserHintBox);
    layout->addWidget(m_ssh);
    layout->addWidget(m_sshBox);
    layout->addWidget(m_paste);
    layout->addWidget(m_pasteBox);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        updateVisibility();
        Q_EMIT methodChanged(LoginMethod(id));
    });
    connect(m_keys, &QComboBox::activated, this, &SignInMethodChooser::onKeyChosen);
    retranslate();
    fillKeys({});
    updateVisibility();
}

LoginMethod SignInMethodChooser::method() const
{
    return LoginMethod(m_group->checkedId());
}

void SignInMethodChooser::setMethod(LoginMethod method)
{
    button(method)->setChecked(true);
}

void SignInMethodChooser::setMethodAvailable(LoginMethod method, bool available, const QString &why)
{
    QRadioButton *choice = button(method);
    choice->setEnabled(available);
    choice->setToolTip(available ? QString() : why);
    if (!available && choice->isChecked()) {
        for (QAbstractButton *other : m_group->buttons()) {
            if (other->isEnabled()) {
                other->setChecked(true);
                break;
            }
        }
    }
}

QRadioButton *SignInMethodChooser::button(LoginMethod method) const
{
    switch (method) {
    case LoginMethod::Browser:
        return m_browser;
    case LoginMethod::SshKey:
        return m_ssh;
    case LoginMethod::PastedToken:
        return m_paste;
    }
    return m_browser;
}

QString SignInMethodChooser::keyFile() const
{
    return m_keys->currentData().toString();
}

void SignInMethodChooser::setKeyFile(const QString &path)
{
    fillKeys(path);
}

QString SignInMethodChooser::pastedToken() const
{
    return m_token->toPlainText();
}

void SignInMethodChooser::clearPastedToken()
{
    m_token->clear();
}

void SignInMethodChooser::fillKeys(const QString &selected)
{
    m_keys->clear();
    m_keys->addItem(QString(), QString());
    QStringList keys = keyFilesIn(sshFolder());
    if (!selected.isEmpty() && !keys.contains(selected))
        keys.prepend(selected);
    for (const QString &key : std::as_const(keys))
        m_keys->addItem(QDir::toNativeSeparators(key), key);
    m_keys->addItem(QString());
    m_keys->setItemData(m_keys->count() - 1, true, ChooseFileRole);
    const int index = m_keys->findData(selected);
    m_keys->setCurrentIndex(index < 0 ? 0 : index);
    retranslate();
}

void SignInMethodChooser::onKeyChosen(int index)
{
    if (!m_keys->itemData(index, ChooseFileRole).toBool())
        return;
    const QString current = keyFile();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose an SSH private key"), current.isEmpty() ? sshFolder() : current);
    fillKeys(chosen.isEmpty() ? current : chosen);
}

void SignInMethodChooser::updateVisibility()
{
    m_sshBox->setVisible(m_ssh->isChecked());
    m_pasteBox->setVisible(m_paste->isChecked());
}

void SignInMethodChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInMethodChooser::retranslate()
{
    m_browser->setText(tr("In the &browser"));
    m_browserHint->setText(tr("Your browser opens Lagoon's sign-in page; the token can be renewed without you."));
    m_ssh->setText(tr("With an &SSH key"));
    m_keyLabel->setText(tr("&Key:"));
    m_keys->setAccessibleName(tr("SSH key"));
    if (m_keys->count() >= 2) {
        m_keys->setItemText(0, tr("ssh-agent and the default keys"));
        m_keys->setItemText(m_keys->count() - 1, tr("Choose a key file…"));
    }
    m_paste->setText(tr("&Paste a token"));
    m_tokenHint->setText(tr("A token cannot be renewed: when it expires, paste a new one or sign in another way."));
    m_token->setAccessibleName(tr("Token"));
}

} // namespace Lagoon
