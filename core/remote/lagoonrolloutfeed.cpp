// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonrolloutfeed.h"

#include <QJsonObject>

#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonbuildsteps.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoontime.h"
#include "core/remote/polledbuildlogsource.h"
#include "core/remote/remotelogging.h"
#include "core/remote/sshbuildlogsource.h"
#include "core/rollout/rollout.h"

namespace Lagoon {

namespace {

// How long a log stream's end may precede the status event that ends the build.
constexpr std::chrono::milliseconds StreamEndGrace{3000};

bool createdBefore(const LagoonDeployment &a, const LagoonDeployment &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

} // namespace

LagoonRolloutFeed::LagoonRolloutFeed(LagoonSession *session, const LagoonEnvironmentRef &environment,
                                     const QString &buildName, QObject *parent)
    : LagoonRolloutFeed(session, environment, buildName, Options(), parent)
{
}

LagoonRolloutFeed::LagoonRolloutFeed(LagoonSession *session, const LagoonEnvironmentRef &environment,
                                     const QString &buildName, const Options &options, QObject *parent)
    : QObject(parent), m_session(session), m_environment(environment), m_buildName(buildName), m_options(options),
      m_rollout(std::make_unique<Rollout>(buildName, buildName)),
      m_parser([this](int step, QByteArrayView line) { onParserLine(step, line); },
               [this](const BuildLogParser::Event &event) { onParserEvent(event); })
{
    // Sessions go on sign-out and re-sign-in while the pages showing their builds stay open.
    if (session)
        connect(session, &QObject::destroyed, this, &LagoonRolloutFeed::stop);
    m_finalTimeout.setSingleShot(true);
    connect(&m_finalTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcRemote) << "rollout feed: the final log of" << m_buildName << "did not come in time";
        completeFinish();
    });
}

LagoonRolloutFeed::~LagoonRolloutFeed()
{
    stop();
}

void LagoonRolloutFeed::start()
{
    if (m_watcher || !m_session)
        return;
    m_watcher = std::make_unique<DeploymentWatcher>(m_session->api(), m_session->subscriptions(), m_environment.id);
    connect(m_watcher.get(), &DeploymentWatcher::deploymentChanged, this, &LagoonRolloutFeed::onDeploymentChanged);
    connect(m_watcher.get(), &DeploymentWatcher::reconciled, this, [this] {
        loadEarlierDurations();
        // A build that was already queued stays where it is while others finish: recount.
        if (m_deployment && !m_deployment->isFinished())
            applyStatus(*m_deployment);
    });
    m_watcher->start();
}

void LagoonRolloutFeed::stop()
{
    m_stopped = true;
    if (m_watcher)
        m_watcher->stop();
    if (m_source)
        m_source->stop();
    if (m_finalSource)
        m_finalSource->stop();
    if (m_headSource)
        m_headSource->stop();
    m_finalTimeout.stop();
}

void LagoonRolloutFeed::onDeploymentChanged(const QString &name)
{
    if (name != m_buildName) {
        // Another build of the environment moved: this one's place in the queue may have too.
        if (m_deployment && LagoonDeployment::statusRank(m_deployment->status) < 3)
            applyStatus(*m_deployment);
        return;
    }
    const std::optional<LagoonDeployment> deployment = m_watcher->deployment(name);
    if (!deployment)
        return;
    m_deployment = deployment;
    applyStatus(*deployment);
    Q_EMIT deploymentChanged(*deployment);
}

void LagoonRolloutFeed::applyStatus(const LagoonDeployment &deployment)
{
    if (!m_detailsSet) {
        m_detailsSet = true;
        QString triggeredBy = deployment.sourceUser;
        if (!deployment.sourceType.isEmpty())
            triggeredBy = triggeredBy.isEmpty() ? deployment.sourceType
                                                : tr("%1 (%2)").arg(deployment.sourceUser, deployment.sourceType);
        m_rollout->setDetails(m_environment.project, m_environment.name, triggeredBy);
    }
    if (m_finishing)
        return;
    const int rank = LagoonDeployment::statusRank(deployment.status);
    if (rank >= 0 && rank < 3) {
        m_rollout->setQueuePosition(queuePosition(deployment));
        return;
    }
    if (rank == 3) {
        m_rollout->setQueuePosition(0);
        m_rollout->start(parseLagoonTime(deployment.started));
        startLog();
        applyBuildStep(deployment.buildStep);
        return;
    }
    if (deployment.isFinished()) {
        m_rollout->setQueuePosition(0);
        // Seen for the first time already finished (a notification opened it): its real start,
        // so the elapsed time is not zero.
        if (!deployment.started.isEmpty())
            m_rollout->start(parseLagoonTime(deployment.started));
        if (deployment.status != QLatin1String("cancelled"))
            applyBuildStep(deployment.buildStep);
        beginFinish();
    }
}

int LagoonRolloutFeed::queuePosition(const LagoonDeployment &deployment) const
{
    int ahead = 0;
    const QList<LagoonDeployment> all = m_watcher->deployments();
    for (const LagoonDeployment &other : all) {
        if (other.name != deployment.name && !other.isFinished() && createdBefore(other, deployment))
            ++ahead;
    }
    return ahead;
}

int LagoonRolloutFeed::ensureStep(const QString &title)
{
    const int existing = m_rollout->indexOf(title);
    if (existing >= 0)
        return existing;
    RolloutStep step;
    step.id = title;
    step.name = title;
    step.kind = LagoonBuildSteps::kindOf(title);
    const int index = m_rollout->addStep(step);
    if (index >= 0)
        applyEarlierDurations(index);
    return index;
}

void LagoonRolloutFeed::finishRunningStepsBefore(int index)
{
    // Lagoon moved on: a step still running before this one ended (its banner may follow later).
    for (int i = 0; i < index; ++i) {
        if (m_rollout->step(i).state == RolloutStepState::Running)
            m_rollout->finishStep(i, RolloutStepState::Succeeded);
    }
}

void LagoonRolloutFeed::applyBuildStep(const QString &buildStep)
{
    if (buildStep.isEmpty() || buildStep == QLatin1String("cancelled") || m_rollout->isFinished())
        return;
    const std::optional<LagoonBuildSteps::Match> match = LagoonBuildSteps::lookup(buildStep);
    // Ids this table does not know (a newer build-deploy-tool) are shown as Lagoon names them.
    const QString title = match ? match->title : buildStep;
    const LagoonBuildSteps::Phase phase = match ? match->phase : LagoonBuildSteps::Phase::Running;
    // Lagoon runs its steps in a fixed order: the ones before this one come first in the list
    // too, even when the feed joined late and their banners have not been read yet. Those the
    // log never shows end Skipped.
    if (match && m_rollout->indexOf(title) < 0) {
        const QStringList before = LagoonBuildSteps::titlesBefore(title);
        for (const QString &earlier : before) {
            if (earlier != QLatin1String("Completed With Warnings"))
                ensureStep(earlier);
        }
    }
    const int index = ensureStep(title);
    if (index < 0)
        return;
    finishRunningStepsBefore(index);
    m_rollout->startStep(index);
    switch (phase) {
    case LagoonBuildSteps::Phase::Running:
    case LagoonBuildSteps::Phase::Error: // the build's status says how it ends
        break;
    case LagoonBuildSteps::Phase::Warning:
        m_rollout->setStepWarnings(index, true);
        m_rollout->finishStep(index, RolloutStepState::Succeeded);
        break;
    case LagoonBuildSteps::Phase::Done:
        m_rollout->finishStep(index, RolloutStepState::Succeeded);
        break;
    }
}

void LagoonRolloutFeed::startLog()
{
    if (m_logStarted || m_finishing || m_stopped)
        return;
    if (!m_session) {
        stop();
        return;
    }
    m_logStarted = true;
    if (!m_options.ssh.host.isEmpty()) {
        // The portal streams only the log's last lines: the whole log is read once first and
        // the stream is spliced onto it, so a build longer than the tail keeps its beginning.
        m_headSource =
            new PolledBuildLogSource(m_session->api(), m_environment.project, m_environment.name, m_buildName, this);
        connect(m_headSource, &BuildLogSource::linesReceived, this, &LagoonRolloutFeed::onLines);
        connect(m_headSource, &BuildLogSource::ended, this, &LagoonRolloutFeed::startSshLog);
        connect(m_headSource, &BuildLogSource::failed, this, [this](const Error &error) {
            qCInfo(lcRemote) << "rollout feed: no log of" << m_buildName << "before the stream:" << error.message;
            startSshLog();
        });
        m_headSource->fetchFinal();
        return;
    }
    auto *polled =
        new PolledBuildLogSource(m_session->api(), m_environment.project, m_environment.name, m_buildName, this);
    polled->setInterval(m_options.pollInterval);
    useSource(polled, {});
}

void LagoonRolloutFeed::startSshLog()
{
    if (m_headSource) {
        m_headSource->deleteLater();
        m_headSource = nullptr;
    }
    if (m_source || m_finishing || m_stopped)
        return;
    SshTokenOptions ssh = m_options.ssh;
    ssh.user = m_options.sshUser.isEmpty() ? m_environment.namespaceName : m_options.sshUser;
    useSource(new SshBuildLogSource(ssh, m_buildName, m_options.sshTailLines, this), {});
}

void LagoonRolloutFeed::useSource(BuildLogSource *source, const QString &reason)
{
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = source;
    connect(source, &BuildLogSource::linesReceived, this, &LagoonRolloutFeed::onLines);
    connect(source, &BuildLogSource::failed, this, [this, source](const Error &error) {
        if (source == m_source && !m_finishing)
            fallBackToPolling(error.message);
    });
    // A stream ends with its build; one that ends before (the portal hung up) is replaced too.
    // The status event that ends the build may come a little after the stream's end.
    connect(source, &BuildLogSource::ended, this, [this, source] {
        QTimer::singleShot(StreamEndGrace, this, [this, live = QPointer<BuildLogSource>(source)] {
            if (live && live == m_source && !m_finishing && !m_stopped)
                fallBackToPolling(tr("The log stream ended before the build did"));
        });
    });
    m_logSourceDescription = source->description();
    Q_EMIT logSourceChanged(m_logSourceDescription, reason);
    source->start();
}

void LagoonRolloutFeed::fallBackToPolling(const QString &reason)
{
    if (qobject_cast<PolledBuildLogSource *>(m_source) || m_stopped)
        return;
    if (!m_session) {
        stop();
        return;
    }
    qCInfo(lcRemote) << "rollout feed: following" << m_buildName << "by polling instead:" << reason;
    auto *polled =
        new PolledBuildLogSource(m_session->api(), m_environment.project, m_environment.name, m_buildName, this);
    polled->setInterval(m_options.pollInterval);
    useSource(polled, reason);
}

void LagoonRolloutFeed::onLines(const QList<QByteArray> &lines, bool fromStart)
{
    // A request already on its way when the feed stopped still answers: what it brings is not shown.
    if (m_stopped)
        return;
    const QList<QByteArray> fresh = m_splicer.take(lines, fromStart);
    for (const QByteArray &line : fresh)
        m_parser.addLine(line);
    flushPendingLines();
}

void LagoonRolloutFeed::onParserLine(int parserStep, QByteArrayView line)
{
    const int step = parserStep >= 0 ? ensureStep(m_parser.steps().at(parserStep).title) : -1;
    if (step != m_pendingStep)
        flushPendingLines();
    m_pendingStep = step;
    m_pendingLines += line;
    m_pendingLines += '\n';
    if (step >= 0)
        m_lastLineOfStep.insert(step, m_linesAppended);
    ++m_linesAppended;
}

void LagoonRolloutFeed::flushPendingLines()
{
    if (m_pendingLines.isEmpty())
        return;
    m_rollout->appendLogBytes(m_pendingStep, m_pendingLines);
    m_pendingLines.clear();
    const auto pending = std::exchange(m_pendingSummaries, {});
    for (const auto &[index, line] : pending)
        setSummaryLine(index, line);
}

void LagoonRolloutFeed::setSummaryLine(int index, qsizetype line)
{
    if (line < m_rollout->log().lineCount())
        m_rollout->setStepSummaryLine(index, line);
    else
        m_pendingSummaries.append({index, line});
}

void LagoonRolloutFeed::onParserEvent(const BuildLogParser::Event &event)
{
    // The lines before the event belong before it in the model too.
    flushPendingLines();
    const BuildLogParser::Step &parsed = m_parser.steps().at(event.step);
    const int index = ensureStep(parsed.title);
    if (index < 0)
        return;
    switch (event.kind) {
    case BuildLogParser::Event::Kind::Began:
        finishRunningStepsBefore(index);
        m_rollout->startStep(index);
        if (parsed.summaryLine >= 0)
            setSummaryLine(index, parsed.summaryLine);
        break;
    case BuildLogParser::Event::Kind::Ended:
        if (parsed.completed) {
            if (parsed.warnings) {
                m_bannerWarnings = true;
                m_rollout->setStepWarnings(index, true);
            }
            setSummaryLine(index, parsed.summaryLine);
        }
        m_rollout->finishStep(index, RolloutStepState::Succeeded);
        break;
    case BuildLogParser::Event::Kind::DurationDerived:
        break;
    }
}

void LagoonRolloutFeed::beginFinish()
{
    if (m_finishing || m_stopped)
        return;
    if (!m_session) {
        stop();
        return;
    }
    m_finishing = true;
    if (m_source)
        m_source->stop();
    if (m_headSource)
        m_headSource->stop();
    // One more read of the whole log, so lines the live source had not delivered are not lost.
    m_finalSource =
        new PolledBuildLogSource(m_session->api(), m_environment.project, m_environment.name, m_buildName, this);
    connect(m_finalSource, &BuildLogSource::linesReceived, this, &LagoonRolloutFeed::onLines);
    connect(m_finalSource, &BuildLogSource::ended, this, &LagoonRolloutFeed::completeFinish);
    connect(m_finalSource, &BuildLogSource::failed, this, [this](const Error &error) {
        qCWarning(lcRemote) << "rollout feed: no final log for" << m_buildName << error.message;
        completeFinish();
    });
    m_finalTimeout.start(m_options.finalLogTimeout);
    m_finalSource->fetchFinal();
}

int LagoonRolloutFeed::failingStepIndex() const
{
    if (m_deployment) {
        if (const auto match = LagoonBuildSteps::lookup(m_deployment->buildStep))
            return m_rollout->indexOf(match->title);
    }
    if (m_parser.currentStep() >= 0)
        return m_rollout->indexOf(m_parser.steps().at(m_parser.currentStep()).title);
    return m_rollout->currentStep();
}

void LagoonRolloutFeed::completeFinish()
{
    if (m_finished || !m_deployment)
        return;
    m_finished = true;
    m_finalTimeout.stop();
    m_parser.flush();
    flushPendingLines();

    const QString status = m_deployment->status;
    RolloutState state = RolloutState::Succeeded;
    QString failingStep;
    QString message;
    if (status == QLatin1String("cancelled")) {
        state = RolloutState::Cancelled;
        message = tr("The build was cancelled");
    } else if (status == QLatin1String("failed") || status == QLatin1String("error")) {
        state = RolloutState::Failed;
        const int index = failingStepIndex();
        if (index >= 0) {
            failingStep = m_rollout->step(index).name;
            message = tr("The build failed at step “%1”").arg(failingStep);
            m_rollout->startStep(index);
            m_rollout->finishStep(index, RolloutStepState::Failed, message);
            if (m_lastLineOfStep.contains(index))
                setSummaryLine(index, m_lastLineOfStep.value(index));
        } else {
            message = tr("The build failed");
        }
    } else {
        const bool warnings = m_deployment->buildStep == LagoonBuildSteps::completedWithWarnings() || m_bannerWarnings;
        if (warnings)
            m_rollout->setWarnings(true);
        // Lagoon moved on to the end: steps whose banners never came ran and ended.
        finishRunningStepsBefore(m_rollout->stepCount());
    }
    m_rollout->finish(state, message, parseLagoonTime(m_deployment->completed));
    if (m_watcher)
        m_watcher->stop();
    Q_EMIT finished(state, failingStep);
}

void LagoonRolloutFeed::loadEarlierDurations()
{
    if (m_earlierRequested || m_options.earlierBuilds <= 0 || !m_session)
        return;
    m_earlierRequested = true;
    const std::optional<LagoonDeployment> self = m_watcher->deployment(m_buildName);
    QList<LagoonDeployment> earlier;
    const QList<LagoonDeployment> all = m_watcher->deployments(); // newest first
    for (const LagoonDeployment &other : all) {
        if (other.name == m_buildName || !other.isFinished() || (self && !createdBefore(other, *self)))
            continue;
        earlier << other;
        if (earlier.size() >= m_options.earlierBuilds)
            break;
    }
    if (earlier.isEmpty())
        return;
    auto remaining = std::make_shared<int>(static_cast<int>(earlier.size()));
    // Answers come in any order; each build's durations go to their slot so the newest stays first.
    auto perBuild = std::make_shared<QList<QHash<QString, std::chrono::milliseconds>>>(earlier.size());
    for (qsizetype i = 0; i < earlier.size(); ++i) {
        const QJsonObject variables{{QStringLiteral("project"), m_environment.project},
                                    {QStringLiteral("environment"), m_environment.name},
                                    {QStringLiteral("name"), earlier.at(i).name}};
        m_session->api()->run(QStringLiteral("DeploymentLog"), variables, this,
                              [this, i, remaining, perBuild](const Result<QJsonObject> &data) {
                                  if (data) {
                                      BuildLogParser parser;
                                      parser.addText(data->value(QStringLiteral("deploymentByName"))
                                                         .toObject()
                                                         .value(QStringLiteral("buildLog"))
                                                         .toString()
                                                         .toUtf8());
                                      for (const BuildLogParser::Step &step : parser.steps()) {
                                          if (step.completed && step.duration)
                                              (*perBuild)[i].insert(step.title, *step.duration);
                                      }
                                  }
                                  if (--*remaining > 0)
                                      return;
                                  for (const auto &build : std::as_const(*perBuild)) {
                                      for (auto it = build.cbegin(); it != build.cend(); ++it)
                                          m_earlier[it.key()].append(it.value());
                                  }
                                  for (int index = 0; index < m_rollout->stepCount(); ++index)
                                      applyEarlierDurations(index);
                                  Q_EMIT earlierDurationsLoaded();
                              });
    }
}

void LagoonRolloutFeed::applyEarlierDurations(int index)
{
    const auto it = m_earlier.constFind(m_rollout->step(index).id);
    if (it != m_earlier.cend())
        m_rollout->setStepEarlierDurations(index, *it);
}

} // namespace Lagoon
