// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lagoon::Test {

/**
 * The real Docker engine for the stack tests, driven with Debian's docker CLI (/usr/bin/docker,
 * 20.10, when present: the engine here is 20.10 and a newer CLI in PATH may want buildx).
 * DOCKER_HOST is honoured, as the code under test honours it.
 *
 * ensureReady() checks that the engine answers and builds the test image lagoon-test/busybox
 * FROM scratch out of the host's static busybox (nothing can be pulled here). A test that needs
 * Docker FAILS when it is missing — use LAGOON_REQUIRE_DOCKER in initTestCase — never skips.
 *
 * Containers are started with --network none, so they need no docker0 bridge, and carry the
 * compose project label of a name unique to this process; the fixture removes them when it dies.
 * They are also labelled with the test's pid, so ensureReady() can remove what a crashed test
 * run left behind.
 */
class DockerFixture
{
public:
    static constexpr const char *Image = "lagoon-test/busybox";

    /** `dockerHost` (unix://… or tcp://…) overrides DOCKER_HOST, e.g. for a second engine a test started. */
    explicit DockerFixture(const QString &dockerHost = QString());
    ~DockerFixture();
    DockerFixture(const DockerFixture &) = delete;
    DockerFixture &operator=(const DockerFixture &) = delete;

    /** The docker CLI used: /usr/bin/docker when it exists, else "docker" from PATH. */
    static QString program();

    /** False with a reason a person can act on when the engine does not answer or the image cannot be built. */
    bool ensureReady(QString *why);

    enum class OnFailure { Warn, Quiet };

    /** Runs the docker CLI; returns its trimmed stdout. `ok` false on failure (stderr is logged unless Quiet). */
    QString docker(const QStringList &arguments, bool *ok = nullptr, int timeoutMs = 120000,
                   OnFailure onFailure = OnFailure::Warn) const;

    /** A compose project name no other test process uses ("lt<stem><pid>n<counter>"); removed later. */
    QString uniqueProject(const QString &stem);

    /**
     * docker run -d, labelled with `project`/`service` as compose would, on lagoon-test/busybox;
     * `command` runs as the container's command. Returns the container id (empty on failure).
     * The container gets --network none unless `extraRunArguments` name a --network.
     */
    QString runContainer(const QString &project, const QString &service, const QStringList &command,
                         const QStringList &extraRunArguments = {});

    /** Removes every container of `project` (docker rm -f). */
    void removeProject(const QString &project) const;

    QProcessEnvironment environment() const { return m_env; }

private:
    void removeOrphans() const;

    QProcessEnvironment m_env;
    QStringList m_projects;
};

} // namespace Lagoon::Test

/** In initTestCase: fail (never skip) the suite when Docker is not usable, saying why. */
#define LAGOON_REQUIRE_DOCKER(fixture)                                                                         \
    do {                                                                                                       \
        QString lagoonDockerWhy;                                                                               \
        if (!(fixture).ensureReady(&lagoonDockerWhy))                                                          \
            QFAIL(qPrintable(lagoonDockerWhy));                                                                \
    } while (false)
