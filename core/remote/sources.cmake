# core/remote: the Lagoon API client, subscriptions, discovery and the deployment watcher
# (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    remote/cache/lagooncache.cpp remote/cache/lagooncache.h
    remote/cache/lagooncacheentry.h
    remote/buildlogsource.cpp remote/buildlogsource.h
    remote/deploymentwatcher.cpp remote/deploymentwatcher.h
    remote/environmentwatcher.cpp remote/environmentwatcher.h
    remote/graphqldocuments.cpp remote/graphqldocuments.h
    remote/graphqlrequest.cpp remote/graphqlrequest.h
    remote/jsonlist.h
    remote/lagoonapiclient.cpp remote/lagoonapiclient.h
    remote/lagoonapierrors.cpp remote/lagoonapierrors.h
    remote/lagoonbuildsteps.cpp remote/lagoonbuildsteps.h
    remote/lagoondeployment.cpp remote/lagoondeployment.h
    remote/lagoondiscovery.cpp remote/lagoondiscovery.h
    remote/lagoondiscoveryinfo.cpp remote/lagoondiscoveryinfo.h
    remote/lagoonrolloutfeed.cpp remote/lagoonrolloutfeed.h
    remote/lagoonsession.cpp remote/lagoonsession.h
    remote/lagoontime.cpp remote/lagoontime.h
    remote/lagoonsubscriptionclient.cpp remote/lagoonsubscriptionclient.h
    remote/lagoontask.cpp remote/lagoontask.h
    remote/lagoontaskdefinition.cpp remote/lagoontaskdefinition.h
    remote/logsplicer.cpp remote/logsplicer.h
    remote/newestfirst.h
    remote/polledbuildlogsource.cpp remote/polledbuildlogsource.h
    remote/normalizelagoonurl.cpp remote/normalizelagoonurl.h
    remote/reconnectbackoff.cpp remote/reconnectbackoff.h
    remote/remotelogging.cpp remote/remotelogging.h
    remote/remoteurls.cpp remote/remoteurls.h
    remote/sshbuildlogsource.cpp remote/sshbuildlogsource.h
    remote/subscriptioncodec.cpp remote/subscriptioncodec.h
    remote/subscriptionregistry.cpp remote/subscriptionregistry.h
    remote/taskwatcher.cpp remote/taskwatcher.h
    remote/tokenprovider.h
)

# The GraphQL documents the app sends, under :/graphql/<Operation>.graphql. Listed, not globbed,
# like every source: a new document is a deliberate change (tests/sandbox checks each one).
set(lagoon_graphql_documents
    AdvancedTasksForEnvironment AllProjects CancelDeployment CancelTask DeployEnvironmentBranch
    DeployEnvironmentLatest DeployEnvironmentPromote DeployEnvironmentPullrequest DeploymentByName
    DeploymentChanged DeploymentLog EnvVariableNames EnvVariables EnvVariablesDelete EnvVariablesSet
    EnvironmentByName EnvironmentByNamespace EnvironmentDeployments EnvironmentTasks InvokeRegisteredTask
    LagoonVersion Me ProjectByName ProjectEnvironments TaskById TaskChanged
)
list(TRANSFORM lagoon_graphql_documents PREPEND "${PROJECT_SOURCE_DIR}/resources/graphql/")
list(TRANSFORM lagoon_graphql_documents APPEND ".graphql")
qt_add_resources(lagoon_core "lagoon_graphql"
    PREFIX "/graphql"
    BASE "${PROJECT_SOURCE_DIR}/resources/graphql"
    FILES ${lagoon_graphql_documents})
