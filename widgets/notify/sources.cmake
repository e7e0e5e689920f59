# widgets/notify: delivering desktop notifications (freedesktop over D-Bus, the tray's message as
# fallback), the tray icon, and taking the window to a deployment (included from
# widgets/CMakeLists.txt).
target_sources(lagoon_widgets PRIVATE
    notify/deploymentnotifications.cpp notify/deploymentnotifications.h
    notify/desktopnotifier.h
    notify/freedesktopnotifier.cpp notify/freedesktopnotifier.h
    notify/lagoondeploymentjump.cpp notify/lagoondeploymentjump.h
    notify/lagoontrayicon.cpp notify/lagoontrayicon.h
    notify/traynotifier.cpp notify/traynotifier.h
)
target_link_libraries(lagoon_widgets PUBLIC Qt6::DBus)
