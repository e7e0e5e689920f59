// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <type_traits>

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Lagoon {

/** A settings key with its type and default, declared once in SettingKeys. */
template <typename T>
struct SettingKey
{
    const char *name;
    T defaultValue;
};

/**
 * Every persisted setting, declared exactly once. Secrets never go here: they belong in the
 * SecretStore (the OS keychain).
 */
namespace SettingKeys {
/// UI language as a BCP-47 code ("ja"); empty follows the system locale.
inline const SettingKey<QString> Language{"ui/language", QString()};
/// "system", "light", "dark" or "high-contrast".
inline const SettingKey<QString> ColorScheme{"ui/colorScheme", QStringLiteral("system")};
inline const SettingKey<QByteArray> MainWindowGeometry{"ui/mainWindowGeometry", QByteArray()};
inline const SettingKey<QByteArray> MainWindowState{"ui/mainWindowState", QByteArray()};
/// Most recently opened project folders, newest first.
inline const SettingKey<QStringList> RecentProjects{"projects/recent", QStringList()};
inline const SettingKey<bool> ReopenLastProject{"projects/reopenLast", true};
/// Lagoon accounts as JSON ({"version":1,"accounts":[…]}, see AccountStore); never their tokens.
inline const SettingKey<QString> Accounts{"accounts/list", QString()};
/// The id of the account used when none is named.
inline const SettingKey<QString> DefaultAccount{"accounts/default", QString()};
} // namespace SettingKeys

/**
 * Typed access to the application's settings. The backing QSettings is injected so tests can
 * use a temporary file. Emits changed() with the key's name whenever a value changes.
 */
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int MaxRecentProjects = 10;

    /** Takes ownership of `backend`. */
    explicit Settings(QSettings *backend, QObject *parent = nullptr);

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_backend->value(QLatin1String(key.name));
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        if constexpr (std::is_same_v<T, bool>) {
            // INI files store text; QVariant would read any stray word as true.
            if (v.typeId() == QMetaType::QString && !isBoolText(v.toString()))
                return key.defaultValue;
        }
        return v.value<T>();
    }

    template <typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        if (this->value(key) == value && m_backend->contains(QLatin1String(key.name)))
            return;
        m_backend->setValue(QLatin1String(key.name), QVariant::fromValue(value));
        Q_EMIT changed(QLatin1String(key.name));
    }

    /** Puts `folder` first in the recent projects, dropping duplicates and the oldest ones. */
    void addRecentProject(const QString &folder);
    void removeRecentProject(const QString &folder);

    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    static bool isBoolText(const QString &text);

    QSettings *m_backend;
};

} // namespace Lagoon
