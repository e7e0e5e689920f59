// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lagoon {

/**
 * The Docker engine as bench_stack prepares and cleans it, through Debian's docker CLI
 * (/usr/bin/docker when present, as tests/support/dockerfixture does).
 *
 * The image is the benchmark's own, built FROM scratch out of the host's static /bin/busybox (no
 * image can be pulled here) and tagged with this process id. tests/support's lagoon-test/busybox is
 * not reused: tests running meanwhile share it, so a benchmark may not remove it, and that library
 * links QtTest. Everything made here carries the label lagoon-bench.pid=<pid>; whatever a killed
 * run left behind is removed by the next one (removeOrphans()).
 */
class BenchDocker final
{
public:
    static constexpr const char *PidLabel = "lagoon-bench.pid";

    BenchDocker();

    /** The docker CLI used: /usr/bin/docker when it exists, else "docker" from PATH. */
    static QString program();
    QProcessEnvironment environment() const { return m_env; }

    /** The engine's version, e.g. "20.10.24+dfsg1 (API 1.41)"; empty with `why` set when it does not answer. */
    QString serverVersion(QString *why) const;

    /** lagoon-bench/busybox:<pid>, whose default command sleeps for a day. */
    QString image() const { return m_image; }
    /** Builds image(); false with a reason a person can act on. */
    bool buildImage(QString *why) const;
    /** Removes image() (containers of it must be gone first). */
    void removeImage() const;

    /** Removes every container labelled with this process id, whatever compose project it is in. */
    void removeOwnContainers() const;
    /** Removes the containers and images of earlier runs whose process is gone; returns how many. */
    int removeOrphans() const;

    /** Runs the docker CLI; returns its trimmed stdout, `ok` false (and stderr in `error`) on failure. */
    QString docker(const QStringList &arguments, bool *ok = nullptr, QString *error = nullptr,
                   int timeoutMs = 120000) const;

private:
    QString pidLabel() const;

    QProcessEnvironment m_env;
    QString m_image;
};

} // namespace Lagoon
