// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

class LagoonApiClient;

/** A build variable for one deployment (Lagoon's buildVariables: name and value, scope BUILD). */
using BuildVariable = QPair<QString, QString>;

/** A deployment Lagoon accepted. */
struct DeployStarted
{
    QString project;
    QString environment;
    /**
     * lagoon-build-…, to follow (LagoonRolloutFeed) and cancel. Empty when the API answered a bare
     * "success": a Lagoon that ignores returnData; the newest build of the environment is it.
     */
    QString buildName;
};

/**
 * Lagoon's deploy mutations with `returnData: true`, so each answer names the build to follow:
 * a branch (new or existing environment; `branchRef` deploys one commit again), the latest of
 * an existing environment (also "redeploy"), a promotion, and cancelling a build. Lagoon's
 * refusals come back as errors with its own words; "Skipped: <reason>" (the project's branch
 * rules exclude the branch) is Error::Code::Unsupported with the reason.
 *
 * The Deployer only starts builds; following one is LagoonRolloutFeed's job, given buildName.
 */
class Deployer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployer)

public:
    using Callback = std::function<void(const Result<DeployStarted> &started)>;
    using CancelCallback = std::function<void(const Result<void> &done)>;

    /** `api` must outlive the deployer. */
    explicit Deployer(LagoonApiClient *api, QObject *parent = nullptr);

    void deployBranch(const QString &project, const QString &branch, const QString &branchRef,
                      const QList<BuildVariable> &variables, Callback done);
    void deployLatest(const QString &project, const QString &environment, const QList<BuildVariable> &variables,
                      Callback done);
    /** The same build again: deployEnvironmentLatest on the build's environment. */
    void redeploy(const QString &project, const QString &environment, Callback done)
    {
        deployLatest(project, environment, {}, std::move(done));
    }
    /** "Deploy this commit again": the environment's branch at `sha`. */
    void deployCommit(const QString &project, const QString &branch, const QString &sha, Callback done)
    {
        deployBranch(project, branch, sha, {}, std::move(done));
    }
    void promote(const QString &project, const QString &source, const QString &destination,
                 const QList<BuildVariable> &variables, Callback done);
    void cancel(const QString &project, const QString &environment, const QString &buildName, CancelCallback done);

    /** The mutation's answer (a build name, "success" or "Skipped: …") as a result. */
    static Result<DeployStarted> interpret(const QString &answer, const QString &project, const QString &environment);
    /** "NAME=VALUE" as the CLI takes it; an error for a missing '=' or an empty name. */
    static Result<BuildVariable> parseVariable(const QString &text);

Q_SIGNALS:
    /** Every accepted deployment, whoever asked: the place to hand the build to a follower. */
    void started(const Lagoon::DeployStarted &started);

private:
    void run(const QString &operation, const QJsonObject &variables, const QString &project,
             const QString &environment, Callback done);

    LagoonApiClient *m_api;
};

} // namespace Lagoon
