// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/lagooncliimportpage.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/accounts/accountstore.h"
#include "core/accounts/lagooncliimporter.h"

#include "widgets/accounts/inlinemessage.h"

namespace Lagoon {

namespace {

constexpr int ContextRole = Qt::UserRole + 1;

} // namespace

LagoonCliImportPage::LagoonCliImportPage(AccountStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_path(LagoonCliConfig::defaultPath()), m_title(new QLabel(this)),
      m_source(new QLabel(this)), m_list(new QListWidget(this)), m_tokens(new QCheckBox(this)),
      m_tokensHint(new QLabel(this)), m_message(new InlineMessage(this)), m_back(new QPushButton(this)),
      m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("lagoonCliImportPage"));
    m_list->setObjectName(QStringLiteral("lagoonCliContexts"));
    m_tokens->setObjectName(QStringLiteral("lagoonCliImportTokens"));
    m_message->setObjectName(QStringLiteral("lagoonCliMessage"));
    m_back->setObjectName(QStringLiteral("lagoonCliBack"));
    m_import->setObjectName(QStringLiteral("lagoonCliImport"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_source->setWordWrap(true);
    m_tokensHint->setWordWrap(true);
    m_tokensHint->setForegroundRole(QPalette::PlaceholderText);
    m_tokensHint->setContentsMargins(24, 0, 0, 0);
    m_import->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_source);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_tokens);
    layout->addWidget(m_tokensHint);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &LagoonCliImportPage::importChecked);
    connect(m_back, &QPushButton::clicked, this, &LagoonCliImportPage::backRequested);
    connect(m_list, &QListWidget::itemChanged, this, &LagoonCliImportPage::updateEnabled);
    retranslate();
}

void LagoonCliImportPage::reload()
{
    m_list->clear();
    m_message->clear();
    m_config = {};
    const Result<LagoonCliConfig> config = LagoonCliConfig::read(m_path);
    if (!config) {
        m_message->showError(config.error());
    } else {
        m_config = *config;
        const QList<LagoonCliContext> contexts = m_config.contexts();
        for (const LagoonCliContext &context : contexts) {
            QString text = context.name + QStringLiteral(" — ") + context.account.apiUrl.toDisplayString();
            if (m_store->accountForApi(context.account.apiUrl))
                text = tr("%1 (already added: its SSH details are updated)").arg(text);
            else if (context.isCurrent)
                text = tr("%1 (lagoon-cli's current context)").arg(text);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(ContextRole, context.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(context.hasStoredToken ? tr("lagoon-cli keeps a token for this context") : QString());
        }
        if (contexts.isEmpty())
            m_message->showMessage(InlineMessage::Kind::Info, tr("lagoon-cli's file names no Lagoon to import."));
    }
    m_tokens->setChecked(false);
    retranslate();
    updateEnabled();
}

void LagoonCliImportPage::importChecked()
{
    if (m_busy)
        return;
    m_queue.clear();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            m_queue << m_list->item(row)->data(ContextRole).toString();
    }
    m_imported.clear();
    m_notices.clear();
    m_message->clear();
    m_busy = true;
    updateEnabled();
    importNext();
}

void LagoonCliImportPage::importNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        updateEnabled();
        Q_EMIT imported(m_imported, m_notices);
        return;
    }
    const QString name = m_queue.takeFirst();
    const auto choice =
        m_tokens->isChecked() ? LagoonCliImporter::TokenChoice::Import : LagoonCliImporter::TokenChoice::Leave;
    LagoonCliImporter::importContext(
        m_store, m_config, name, choice, this, [this, name](const Result<LagoonCliImporter::Outcome> &outcome) {
            if (!outcome) {
                // Stop at the first failure: what was imported stays.
                m_queue.clear();
                m_busy = false;
                updateEnabled();
                m_message->showMessage(InlineMessage::Kind::Error,
                                       tr("%1 was not imported: %2").arg(name, outcome.error().message),
                                       outcome.error().detail);
                return;
            }
            m_imported << outcome->account;
            if (!outcome->notice.isEmpty())
                m_notices << name + QStringLiteral(": ") + outcome->notice;
            importNext();
        });
}

void LagoonCliImportPage::updateEnabled()
{
    bool anyChecked = false;
    for (int row = 0; row < m_list->count(); ++row)
        anyChecked = anyChecked || m_list->item(row)->checkState() == Qt::Checked;
    m_import->setEnabled(!m_busy && anyChecked);
    m_tokens->setEnabled(!m_busy);
    m_list->setEnabled(!m_busy);
}

void LagoonCliImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonCliImportPage::retranslate()
{
    const QString file = QDir::toNativeSeparators(m_path);
    m_title->setText(tr("Import from lagoon-cli"));
    m_source->setText(tr("The Lagoons that lagoon-cli knows, from %1:").arg(file));
    m_list->setAccessibleName(tr("lagoon-cli contexts"));
    m_tokens->setText(tr("Also import the &tokens lagoon-cli stored"));
    m_tokensHint->setText(tr("lagoon-cli keeps its tokens in plain text in %1. Importing copies them into your "
                             "keychain; the file keeps its copy, which lagoon-cli goes on using. Without the tokens, "
                             "sign in to each account after the import.")
                              .arg(file));
    m_back->setText(tr("Back"));
    m_import->setText(tr("&Import"));
}

} // namespace Lagoon
