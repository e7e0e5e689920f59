// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/i18n/translationloader.h"

#include <QLibraryInfo>

namespace Lagoon {

TranslationLoader::TranslationLoader(QCoreApplication *app)
    : QObject(app)
    , m_app(app)
{
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString TranslationLoader::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString TranslationLoader::languageFor(const QLocale &locale)
{
    const QStringList shipped = availableLanguages();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString TranslationLoader::install(const QString &code)
{
    const QString language = code.isEmpty() ? languageFor(QLocale::system()) : code;
    // Dates and numbers follow the chosen language; "system" keeps the system's formats.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    m_app->removeTranslator(&m_appTranslator);
    m_app->removeTranslator(&m_qtTranslator);
    m_current = QStringLiteral("en");
    // English needs its catalogue too: it holds the plural forms ("1 file", "2 files").
    if (m_appTranslator.load(QStringLiteral(":/i18n/lagoon-desktop_%1.qm").arg(language))) {
        m_app->installTranslator(&m_appTranslator);
        m_current = language;
    }
    if (language == QLatin1String("en"))
        return m_current;
    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt catalogues.
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_app->installTranslator(&m_qtTranslator);
    return m_current;
}

} // namespace Lagoon
