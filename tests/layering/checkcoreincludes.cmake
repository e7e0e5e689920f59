# Fails when any file under core/ includes a GUI header or a widgets/ header.
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(forbidden
    "#include <QtGui" "#include <QtWidgets" "#include <QWidget" "#include <QIcon" "#include <QColor"
    "#include <QPixmap" "#include <QImage" "#include <QFont" "#include <QPalette" "#include <QGuiApplication"
    "#include <QApplication" "#include <QMessageBox" "#include <QDesktopServices" "#include <QClipboard"
    "#include <KSyntaxHighlighting" "#include \"widgets/" "#include \"app/")
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*" "#include " normalized "${line}")
        foreach(pattern IN LISTS forbidden)
            string(FIND "${normalized}" "${pattern}" pos)
            if(pos EQUAL 0)
                string(APPEND violations "\n  ${source}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
list(LENGTH sources count)
if(violations)
    message(FATAL_ERROR "core/ must not include GUI headers:${violations}")
endif()
message(STATUS "checked ${count} core files: no GUI includes")
