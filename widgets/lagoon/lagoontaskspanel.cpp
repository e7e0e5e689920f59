// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoontaskspanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/taskwatcher.h"
#include "widgets/lagoon/lagoonitemdelegate.h"
#include "widgets/lagoon/lagoontasksmodel.h"

namespace Lagoon {

LagoonTasksPanel::LagoonTasksPanel(QWidget *parent)
    : QWidget(parent), m_model(new LagoonTasksModel(this)), m_view(new QTreeView), m_logTitle(new QLabel), m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("lagoonTasksPanel"));
    m_view->setObjectName(QStringLiteral("lagoonTasks"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LagoonItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    m_log->setObjectName(QStringLiteral("lagoonTaskLog"));
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
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LagoonTasksPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            onSelectionChanged();
    });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    retranslate();
}

LagoonTasksPanel::~LagoonTasksPanel() = default;

void LagoonTasksPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    m_session = session;
    m_environment = environment;
    if (!session || !environment.isValid())
        return;
    if (const auto cached = session->cache()->read(LagoonCache::tasksKey(environment.id)); cached) {
        QList<LagoonTask> list;
        const QJsonArray array = cached->data.toArray();
        for (const QJsonValue &value : array) {
            if (auto task = LagoonTask::fromJson(value.toObject()))
                list << *task;
        }
        m_model->setTasks(list);
        m_cachedAsOf = cached->fetchedAt;
    }
    m_watcher = new TaskWatcher(session->api(), session->subscriptions(), environment.id, this);
    connect(m_watcher, &TaskWatcher::taskChanged, this, [this](int id) {
        if (const auto task = m_watcher->task(id))
            m_model->updateTask(*task);
    });
    connect(m_watcher, &TaskWatcher::reconciled, this, &LagoonTasksPanel::onReconciled);
    connect(m_watcher, &TaskWatcher::errorOccurred, this, [this](const Error &error) {
        if (m_session)
            m_session->noteFailure(error);
        Q_EMIT failed(error, m_watcher->isLoaded() ? QDateTime() : m_cachedAsOf);
    });
    m_watcher->start();
    m_clock.start();
}

void LagoonTasksPanel::clear()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_clock.stop();
    m_model->setTasks({});
    m_cachedAsOf = {};
    m_logShown = 0;
    m_log->clear();
    m_log->setPlaceholderText(tr("Select a finished task to read its log."));
    m_logTitle->clear();
    m_environment = {};
}

void LagoonTasksPanel::refresh()
{
    if (m_watcher) {
        m_watcher->stop();
        m_watcher->start();
    }
}

bool LagoonTasksPanel::selectTask(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void LagoonTasksPanel::onReconciled()
{
    const QList<LagoonTask> tasks = m_watcher->tasks();
    if (!m_cachedAsOf.isNull()) {
        const QModelIndex current = m_view->currentIndex();
        const int id = current.isValid() ? current.data(LagoonTasksModel::IdRole).toInt() : 0;
        m_model->setTasks(tasks);
        m_cachedAsOf = {};
        if (id != 0)
            selectTask(id);
    }
    QJsonArray json;
    for (const LagoonTask &task : tasks)
        json.append(task.toJson());
    if (m_session) {
        m_session->cache()->write(LagoonCache::tasksKey(m_environment.id), json);
        m_session->noteAnswer();
    }
    Q_EMIT answered();
}

void LagoonTasksPanel::onSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_logTitle->clear();
        m_log->clear();
        m_logShown = 0;
        return;
    }
    const LagoonTask task = m_model->task(current.row());
    m_logTitle->setText(tr("Log of %1 (%2)").arg(task.name, task.taskName));
    if (!task.isFinished()) {
        m_logShown = 0;
        m_log->clear();
        m_log->setPlaceholderText(tr("The log can be read here when the task has finished."));
        return;
    }
    if (m_logShown != task.id)
        showLogOf(task.id);
}

void LagoonTasksPanel::showLogOf(int id)
{
    if (!m_session)
        return;
    m_logShown = id;
    m_log->clear();
    m_log->setPlaceholderText(tr("Loading the log…"));
    m_session->api()->run(QStringLiteral("TaskById"), {{QStringLiteral("id"), id}}, this,
                          [this, id](const Result<QJsonObject> &reply) {
                              if (m_logShown != id)
                                  return;
                              if (!reply) {
                                  m_logShown = 0;
                                  m_log->setPlaceholderText(tr("The log could not be loaded: %1").arg(reply.error().message));
                                  Q_EMIT failed(reply.error(), {});
                                  return;
                              }
                              m_log->setPlaceholderText(tr("Lagoon has no log for this task."));
                              m_log->setPlainText(reply->value(QStringLiteral("taskById"))[QStringLiteral("logs")].toString());
                          });
}

void LagoonTasksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonTasksPanel::retranslate()
{
    m_view->setAccessibleName(tr("Tasks"));
    m_log->setAccessibleName(tr("Task log"));
    if (!m_view->currentIndex().isValid())
        m_log->setPlaceholderText(tr("Select a finished task to read its log."));
}

} // namespace Lagoon
