// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/gui/startupprobe.h"

#include <cstdio>

#include <QEvent>
#include <QJsonDocument>
#include <QTimer>

#include "core/project/project.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

namespace Lagoon {

StartupProbe::StartupProbe(MainWindow *window, QElapsedTimer sinceMain, bool expectProject, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceMain(sinceMain)
    , m_projectPending(expectProject)
{
    window->installEventFilter(this);
    connect(window, &MainWindow::projectLoaded, this, [this] {
        report(u"project-loaded"_s);
        m_projectPending = false;
        checkFinished();
    });
    connect(window, &MainWindow::projectFailed, this, [this](const QString &message) {
        report(u"project-failed"_s, {{u"message"_s, message}});
        m_projectPending = false;
        checkFinished();
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // The window paints first and its children after it in the same pass; the frame is on
        // screen once that pass and its flush return to the event loop.
        QTimer::singleShot(0, this, [this] {
            report(u"first-frame"_s);
            checkFinished();
        });
    }
    return false;
}

void StartupProbe::report(const QString &event, QJsonObject fields)
{
    fields.insert(u"event"_s, event);
    fields.insert(u"msSinceMain"_s, double(m_sinceMain.nsecsElapsed()) / 1e6);
    fields.insert(u"title"_s, m_window->windowTitle());
    fields.insert(u"project"_s, m_window->project() ? m_window->project()->folder() : QString());
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

void StartupProbe::checkFinished()
{
    if (m_painted && !m_projectPending)
        Q_EMIT finished();
}

} // namespace Lagoon
