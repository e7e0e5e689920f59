# core/lagoon: Lagoon's rules for .lagoon.yml and docker-compose.yml (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    lagoon/config/lagooncron.cpp lagoon/config/lagooncron.h
    lagoon/config/namespacename.cpp lagoon/config/namespacename.h
    lagoon/config/routeannotationrules.cpp lagoon/config/routeannotationrules.h
    lagoon/config/servicetypes.cpp lagoon/config/servicetypes.h
)
