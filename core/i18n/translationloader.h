// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace Lagoon {

/**
 * Installs the application's translations (embedded .qm files) and Qt's own catalogues for
 * one language. The source language is English; "ja" is complete.
 */
class TranslationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    explicit TranslationLoader(QCoreApplication *app);

    /** Language codes the application ships, source language first. */
    static QStringList availableLanguages();
    /** The language's name in that language ("日本語"), for a language chooser. */
    static QString nativeName(const QString &code);
    /** The shipped language closest to `locale`'s UI languages; "en" when none fits. */
    static QString languageFor(const QLocale &locale);

    /**
     * Switches to `code` ("" = follow the system locale). Returns the language now in use.
     * Qt sends QEvent::LanguageChange to every widget, so open windows retranslate.
     */
    QString install(const QString &code);
    QString currentLanguage() const { return m_current; }

private:
    QCoreApplication *m_app;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current;
};

} // namespace Lagoon
