// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/polledbuildlogsource.h"

#include <QJsonObject>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/remotelogging.h"

namespace Lagoon {

PolledBuildLogSource::PolledBuildLogSource(LagoonApiClient *api, const QString &project, const QString &environment,
                                           const QString &buildName, QObject *parent)
    : BuildLogSource(parent), m_api(api), m_project(project), m_environment(environment), m_buildName(buildName)
{
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(false); });
}

PolledBuildLogSource::~PolledBuildLogSource() = default;

void PolledBuildLogSource::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.setInterval(interval);
}

void PolledBuildLogSource::start()
{
    m_timer.start();
    poll(false);
}

void PolledBuildLogSource::stop()
{
    m_timer.stop();
    m_finalWanted = false;
}

QString PolledBuildLogSource::description() const
{
    const auto seconds = std::chrono::duration<double>(m_interval).count();
    return tr("polled from the Lagoon API every %1 s").arg(seconds, 0, 'g', 2);
}

void PolledBuildLogSource::fetchFinal()
{
    m_timer.stop();
    m_finalWanted = true;
    // An answer in flight may predate the end: the final poll goes after it.
    if (!m_inFlight)
        poll(true);
}

QList<QByteArray> PolledBuildLogSource::splitLines(const QByteArray &log, bool complete)
{
    if (log.isEmpty())
        return {};
    QList<QByteArray> lines = log.split('\n');
    // After a final '\n' split() leaves an empty element; without one the last line is unfinished.
    if (log.endsWith('\n') || !complete)
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

void PolledBuildLogSource::poll(bool final)
{
    if (!m_api || m_inFlight)
        return;
    m_inFlight = true;
    const QJsonObject variables{{QStringLiteral("project"), m_project},
                                {QStringLiteral("environment"), m_environment},
                                {QStringLiteral("name"), m_buildName}};
    m_api->run(QStringLiteral("DeploymentLog"), variables, this, [this, final](const Result<QJsonObject> &data) {
        m_inFlight = false;
        if (!final && m_finalWanted) {
            poll(true);
            return;
        }
        if (!data) {
            qCInfo(lcRemote) << "build log: poll of" << m_buildName << "failed:" << data.error().message;
            if (final) {
                m_finalWanted = false;
                Q_EMIT failed(data.error());
            }
            return;
        }
        const QByteArray log = data->value(QStringLiteral("deploymentByName"))
                                   .toObject()
                                   .value(QStringLiteral("buildLog"))
                                   .toString()
                                   .toUtf8();
        if (final || log.size() != m_lastSize) {
            m_lastSize = log.size();
            const QList<QByteArray> lines = splitLines(log, final);
            if (!lines.isEmpty())
                Q_EMIT linesReceived(lines, true);
        }
        if (final) {
            m_finalWanted = false;
            Q_EMIT ended();
        }
    });
}

} // namespace Lagoon
