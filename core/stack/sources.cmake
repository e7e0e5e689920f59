# core/stack: the Docker Engine API client, its streams and (later) the local stack
# (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
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
    stack/dockerstreamdemuxer.cpp stack/dockerstreamdemuxer.h
    stack/dockerversion.cpp stack/dockerversion.h
)
