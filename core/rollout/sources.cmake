# core/rollout: the rollout model local and remote deployments share (included from
# core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    rollout/ansiline.cpp rollout/ansiline.h
    rollout/logstore.cpp rollout/logstore.h
    rollout/buildlogparser.cpp rollout/buildlogparser.h
    rollout/rollout.cpp rollout/rollout.h
    rollout/rolloutlogline.h
    rollout/rolloutrecord.cpp rollout/rolloutrecord.h
    rollout/rolloutstep.cpp rollout/rolloutstep.h
)
