# core/stack: the Docker Engine API client, its streams and (later) the local stack
# (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    stack/containerusage.cpp stack/containerusage.h
    stack/dockercanceltoken.cpp stack/dockercanceltoken.h
    stack/dockerclient.cpp stack/dockerclient.h
    stack/dockerconnection.cpp stack/dockerconnection.h
    stack/dockercontainer.cpp stack/dockercontainer.h
    stack/dockerendpoint.cpp stack/dockerendpoint.h
    stack/dockererrors.cpp stack/dockererrors.h
    stack/dockerevent.cpp stack/dockerevent.h
    stack/dockereventstream.cpp stack/dockereventstream.h
    stack/dockerlogparser.cpp stack/dockerlogparser.h
    stack/dockerlogstream.cpp stack/dockerlogstream.h
    stack/dockerrequest.h
    stack/dockerstatsstream.cpp stack/dockerstatsstream.h
    stack/dockerstreamdemuxer.cpp stack/dockerstreamdemuxer.h
    stack/dockerversion.cpp stack/dockerversion.h
)

# The compose runner and the local stack model (a block of its own: the engine layer above grows
# in parallel).
target_sources(lagoon_core PRIVATE
    stack/composecommand.cpp stack/composecommand.h
    stack/composeinvocation.cpp stack/composeinvocation.h
    stack/composeprojectname.cpp stack/composeprojectname.h
    stack/composeresult.h
    stack/composerunner.cpp stack/composerunner.h
    stack/composetool.cpp stack/composetool.h
    stack/composetoolcache.cpp stack/composetoolcache.h
    stack/composetoolfinder.cpp stack/composetoolfinder.h
    stack/localstack.cpp stack/localstack.h
    stack/stackeventlatency.cpp stack/stackeventlatency.h
    stack/stackport.cpp stack/stackport.h
    stack/stackresourcemonitor.cpp stack/stackresourcemonitor.h
    stack/stackservice.cpp stack/stackservice.h
)

# Running a project locally like Lagoon, and saying why Docker cannot (a block of its own, as above).
target_sources(lagoon_core PRIVATE
    stack/dockerdoctor.cpp stack/dockerdoctor.h
    stack/dockerfinding.cpp stack/dockerfinding.h
    stack/localrollout.cpp stack/localrollout.h
    stack/servicereadiness.cpp stack/servicereadiness.h
    stack/taskcondition.cpp stack/taskcondition.h
)
