// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/stackbenchproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "tests/bench/benchdocker.h"

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

// No network (the machines here have no docker0 bridge), and SIGKILL as the stop signal: busybox
// as PID 1 ignores SIGTERM, so every `down` would wait out the grace period. The pid label lets a
// later run remove what a killed one left.
QByteArray composeText(const QString &image)
{
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    struct Service
    {
        QByteArray name;
        QByteArray type;
        QByteArray command;
    };
    const QList<Service> services = {
        {"cli", "cli", R"(["/bin/busybox", "sleep", "86400"])"},
        {"web", "basic", R"(["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/"])"},
        {"worker", "worker", R"(["/bin/busybox", "sleep", "86400"])"},
    };
    QByteArray out = "# bench_stack's project, written for one run.\nversion: '2.3'\nservices:\n";
    for (const Service &s : services) {
        out += "  " + s.name + ":\n    image: " + image.toUtf8() + "\n    command: " + s.command +
               "\n    network_mode: none\n    stop_signal: SIGKILL\n    labels:\n      lagoon.type: " + s.type +
               "\n      " + BenchDocker::PidLabel + ": \"" + pid + "\"\n";
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

bool StackBenchProject::write(const QString &root, const QString &image, QString *why)
{
    m_root = root;
    if (!QDir().mkpath(root) || !writeFile(root + u"/docker-compose.yml"_s, composeText(image)) ||
        !writeFile(root + u"/.lagoon.yml"_s,
                   "docker-compose-yaml: docker-compose.yml\nenvironments:\n  main:\n    routes: []\n")) {
        *why = u"Cannot write the project into "_s + root;
        return false;
    }
    m_loaded = LagoonProjectLoader::load(root);
    auto invocation = ComposeInvocation::forProject(m_loaded);
    if (!m_loaded.composeLoaded || m_loaded.compose.services.size() != ServiceCount || !invocation) {
        *why = u"the generated project does not load: "_s + (invocation ? QString() : invocation.error().message);
        return false;
    }
    m_invocation = *invocation;
    return true;
}

QStringList StackBenchProject::services() const
{
    QStringList names;
    for (const ComposeService &s : m_loaded.compose.services)
        names << s.name;
    return names;
}

} // namespace Lagoon
