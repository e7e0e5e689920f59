// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_hellowindow: the baseline of the "cold start to first painted window ≤ 1.5× a bare Qt
// hello-window" budget. A QApplication with a main window, a menu bar and a label, nothing else.
// It speaks the app's first-frame protocol (see app-interface: --exit-after-first-frame prints one
// JSON line when the first frame is painted and exits; --report-first-frame prints it and keeps
// running, so bench_startup can read its idle RSS), so both are measured the same way. Like the
// app's StartupProbe, it reports the first Paint event and prints after that paint pass returns.

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

#include <time.h>
#include <unistd.h>

namespace {

/**
 * Milliseconds since the kernel started this process (its start time in /proc/self/stat against
 * CLOCK_BOOTTIME), so the dynamic loading before main() counts too. The start time has the kernel's
 * clock-tick resolution (10 ms at the usual USER_HZ of 100).
 */
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name in parentheses may contain spaces; the fields after it are plain.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22 of stat(5), counted after pid and comm
    if (fields.size() <= StartTimeField)
        return -1;
    const double startSeconds = fields.at(StartTimeField).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qRound64((nowSeconds - startSeconds) * 1000.0);
}

/** Reports the window's first Paint event, once that paint pass has been flushed. */
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QMainWindow *window, QElapsedTimer sinceMain, bool exitAfter)
        : QObject(window), m_window(window), m_sinceMain(sinceMain), m_exitAfter(exitAfter)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
            m_seen = true;
            // The paint event is being delivered now; the line goes out after this event loop
            // round, when the backing store has flushed the frame, as the app reports it.
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return false;
    }

private:
    void report()
    {
        const QJsonObject line{{QStringLiteral("event"), QStringLiteral("first-frame")},
                               {QStringLiteral("msSinceProcessStart"), msSinceProcessStart()},
                               {QStringLiteral("msSinceMain"), double(m_sinceMain.nsecsElapsed()) / 1e6},
                               {QStringLiteral("title"), m_window->windowTitle()},
                               {QStringLiteral("project"), QString()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        m_window->removeEventFilter(this);
        if (m_exitAfter)
            QCoreApplication::exit(0);
    }

    QMainWindow *m_window;
    QElapsedTimer m_sinceMain;
    bool m_exitAfter;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // As lagoon-desktop's main() does, so both report the same msSinceMain.
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool exitAfter = !args.contains(QStringLiteral("--report-first-frame"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Hello"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("Hello, world"), &window));
    window.resize(1024, 700);
    window.installEventFilter(new FirstPaintWatcher(&window, sinceMain, exitAfter));
    window.show();
    return QApplication::exec();
}
