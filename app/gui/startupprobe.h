// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

namespace Lagoon {

class MainWindow;

/**
 * Reports the window's start-up as JSON lines on stdout, for the start-up benchmark and the package
 * smoke test: {"event":"first-frame",…} once the window has painted, then, when a project was
 * asked for, {"event":"project-loaded",…} or {"event":"project-failed",…}.
 */
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    /** `sinceMain` was started first thing in main(). */
    StartupProbe(MainWindow *window, QElapsedTimer sinceMain, bool expectProject, QObject *parent);

Q_SIGNALS:
    /** Everything expected has been reported. */
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const QString &event, QJsonObject fields = {});
    void checkFinished();

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    bool m_painted = false;
    bool m_projectPending;
};

} // namespace Lagoon
