// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/i18n/translationloader.h"
#include "core/project/projectscanner.h"

using namespace Lagoon;

class tst_TranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageFor_japaneseLocale_isJa()
    {
        QCOMPARE(TranslationLoader::languageFor(QLocale(QLocale::Japanese, QLocale::Japan)), QStringLiteral("ja"));
        QCOMPARE(TranslationLoader::languageFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    }

    void install_ja_translatesCoreMessages()
    {
        TranslationLoader loader(QCoreApplication::instance());
        QCOMPARE(loader.install(QStringLiteral("ja")), QStringLiteral("ja"));
        const auto files = ProjectScanner::scan(QStringLiteral("/nonexistent/folder"));
        QVERIFY(!files.has_value());
        // The Japanese catalogue is embedded; its text must differ from the English source.
        QVERIFY2(!files.error().message.startsWith(QLatin1String("The folder")), qPrintable(files.error().message));
        QVERIFY(files.error().message.contains(QStringLiteral("/nonexistent/folder")));

        QCOMPARE(loader.install(QStringLiteral("en")), QStringLiteral("en"));
        const auto english = ProjectScanner::scan(QStringLiteral("/nonexistent/folder"));
        QVERIFY(english.error().message.startsWith(QLatin1String("The folder")));
    }

    void nativeName_isInItsOwnLanguage()
    {
        QCOMPARE(TranslationLoader::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    }
};

QTEST_GUILESS_MAIN(tst_TranslationLoader)
#include "tst_translationloader.moc"
