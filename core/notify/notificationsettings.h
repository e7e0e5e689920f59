// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/settings/settings.h"

namespace Lagoon {

// The notification settings join the other keys; they are declared here, next to their only
// readers, so the settings header does not have to know about notifications.
namespace SettingKeys {
/// No desktop notifications at all while on (the tray icon still lists running deployments).
inline const SettingKey<bool> NotifyDoNotDisturb{"notifications/doNotDisturb", false};
/// What a project without a choice of its own notifies: "all", "failures" or "none".
inline const SettingKey<QString> NotifyDefaultChoice{"notifications/default", QStringLiteral("all")};
/// Per-project choices as JSON, {"<project>": "all" | "failures" | "none"}.
inline const SettingKey<QString> NotifyProjectChoices{"notifications/projects", QString()};
/// Closing the main window hides it to the tray while deployments are watched (when a tray exists).
inline const SettingKey<bool> KeepWatchingWhenClosed{"notifications/keepWatchingWhenClosed", true};
/// The tray has said once that the app keeps watching in the background.
inline const SettingKey<bool> TrayHintShown{"notifications/trayHintShown", false};
} // namespace SettingKeys

} // namespace Lagoon
