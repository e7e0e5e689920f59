# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
# widgets/deploy: one-click deploy — the Deploy dialog with its pre-flight checks, and the
# Rollouts dock that follows remote builds live (included from widgets/CMakeLists.txt).
target_sources(lagoon_widgets PRIVATE
    deploy/buildvariableseditor.cpp deploy/buildvariableseditor.h
    deploy/deploycheckslist.cpp deploy/deploycheckslist.h
    deploy/deploycontroller.cpp deploy/deploycontroller.h
    deploy/deploydialog.cpp deploy/deploydialog.h
    deploy/remoterolloutpage.cpp deploy/remoterolloutpage.h
)
