# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
# core/deploy: one-click deploy — target, pre-flight, git push, the deploy mutations (included
# from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    deploy/deployer.cpp deploy/deployer.h
    deploy/deployhistory.cpp deploy/deployhistory.h
    deploy/deploypreflight.cpp deploy/deploypreflight.h
    deploy/deploytarget.cpp deploy/deploytarget.h
    deploy/gitcredentialhelper.cpp deploy/gitcredentialhelper.h
    deploy/gitpusher.cpp deploy/gitpusher.h
    deploy/knownhosts.cpp deploy/knownhosts.h
)
