// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonrunspanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/environmentwatcher.h"
#include "widgets/lagoon/lagoonitemdelegate.h"

namespace Lagoon {

LagoonRunsPanel::LagoonRunsPanel(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_view(new QTreeView), m_logTitle(new QLabel),
      m_log(new QPlainTextEdit)
{
    m_view->setItemDelegate(new LagoonItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    m_log->setReadOnly(true);
    m_log->setUndoRedoEnabled(false);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logTitle->setContentsMargins(6, 2, 6, 2);
    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(logPane);
    splitter->setChildrenCollapsible(false);
    // The list needs its columns whole; the log is for a glance (issue 7 brings a full viewer).
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(splitter, 1);

    // Running durations grow while nothing else changes.
    m_clock.setInterval(1000);
}

LagoonRunsPanel::~LagoonRunsPanel() = default;

void LagoonRunsPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentRun(); });
    // A run that finishes has a log to show now.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            showCurrentRun();
    });
}

void LagoonRunsPanel::setTopRow(QLayout *row)
{
    m_layout->insertLayout(0, row);
}

void LagoonRunsPanel::refresh()
{
    if (!m_watcher)
        return;
    // Restarting re-runs the query and resubscribes; the list stays as it is meanwhile.
    m_watcher->stop();
    m_watcher->start();
}

bool LagoonRunsPanel::begin(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &cacheKey)
{
    m_session = session;
    m_environment = environment;
    m_cacheKey = cacheKey;
    return session && environment.isValid();
}

QJsonArray LagoonRunsPanel::readCache()
{
    if (!m_session)
        return {};
    const auto cached = m_session->cache()->read(m_cacheKey);
    if (!cached)
        return {};
    m_cachedAsOf = cached->fetchedAt;
    return cached->data.toArray();
}

void LagoonRunsPanel::watch(EnvironmentWatcher *watcher)
{
    m_watcher = watcher;
    connect(watcher, &EnvironmentWatcher::errorOccurred, this, [this](const Error &error) {
        if (m_session)
            m_session->noteFailure(error);
        Q_EMIT failed(error, m_watcher->isLoaded() ? QDateTime() : m_cachedAsOf);
    });
    watcher->start();
    m_clock.start();
}

void LagoonRunsPanel::noteAnswer(const QJsonArray &runs)
{
    m_cachedAsOf = {};
    if (m_session) {
        m_session->cache()->write(m_cacheKey, runs);
        m_session->noteAnswer();
    }
    Q_EMIT answered();
}

void LagoonRunsPanel::reset()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_clock.stop();
    m_cachedAsOf = {};
    m_log->clear();
    m_logTitle->clear();
    m_environment = {};
}

void LagoonRunsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Lagoon
