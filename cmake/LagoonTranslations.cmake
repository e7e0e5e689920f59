# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Translations, written against the lupdate/lrelease tools directly: Qt 6.4's
# qt_add_translations lacks the TARGETS form of 6.7+, and the two platforms we build on must
# behave the same.

# English is the source language; its catalogue carries only plural forms (lupdate -pluralonly).
set(LAGOON_TS_TRANSLATED "${PROJECT_SOURCE_DIR}/translations/lagoon-desktop_ja.ts")
set(LAGOON_TS_FILES "${PROJECT_SOURCE_DIR}/translations/lagoon-desktop_en.ts" ${LAGOON_TS_TRANSLATED})
set(LAGOON_TRANSLATED_DIRS core widgets app)

# Compiles the .ts files and embeds the .qm files into `target` under :/i18n.
function(lagoon_embed_translations target)
    set(qm_files)
    foreach(ts IN LISTS LAGOON_TS_FILES)
        get_filename_component(base "${ts}" NAME_WE)
        set(qm "${CMAKE_CURRENT_BINARY_DIR}/i18n/${base}.qm")
        add_custom_command(OUTPUT "${qm}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/i18n"
            COMMAND Qt6::lrelease -silent "${ts}" -qm "${qm}"
            DEPENDS "${ts}" Qt6::lrelease
            VERBATIM)
        list(APPEND qm_files "${qm}")
    endforeach()
    set_source_files_properties(${qm_files} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n"
        FILES ${qm_files})
endfunction()

# `cmake --build build --target update_translations` refreshes the .ts files from the sources.
add_custom_target(update_translations
    COMMAND Qt6::lupdate -silent -locations none -no-obsolete -extensions cpp,h -I ${PROJECT_SOURCE_DIR}
        ${LAGOON_TRANSLATED_DIRS} -ts ${LAGOON_TS_TRANSLATED}
    COMMAND Qt6::lupdate -silent -locations none -no-obsolete -extensions cpp,h -I ${PROJECT_SOURCE_DIR} -pluralonly
        ${LAGOON_TRANSLATED_DIRS} -ts "${PROJECT_SOURCE_DIR}/translations/lagoon-desktop_en.ts"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Updating translations from the sources"
    VERBATIM)
