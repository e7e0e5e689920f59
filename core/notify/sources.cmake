# core/notify: which deployment outcomes become desktop notifications, and the monitor that sees
# deployments end (included from core/CMakeLists.txt). The delivery is the app's.
target_sources(lagoon_core PRIVATE
    notify/deploymentmonitor.cpp notify/deploymentmonitor.h
    notify/deploymentoutcome.cpp notify/deploymentoutcome.h
    notify/notificationpolicy.cpp notify/notificationpolicy.h
    notify/notificationsettings.h
    notify/notificationtext.cpp notify/notificationtext.h
)
