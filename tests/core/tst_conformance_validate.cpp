// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs the V, C, L and P cases of ../shared/lagoon-research/fixtures (Lagoon's own
// build-deploy-tool and lagoon-linter test inputs) through our loader and validator and
// checks the outcome each case asserts. Where our checker reports more than the Lagoon command
// the case exercises (e.g. missing compose files in cases that only parse .lagoon.yml), only
// the rules that command applies are compared; each case says which.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/config/lagoonvalidator.h"

using namespace Lagoon;

namespace {

const QString Fixtures = QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/fixtures");

QString caseFolder(const QString &id)
{
    const QStringList matches = QDir(Fixtures).entryList({id + QStringLiteral("_*")}, QDir::Dirs);
    return matches.isEmpty() ? QString() : QDir(Fixtures).filePath(matches.constFirst());
}

QString outcome(const QString &folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("case.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("expected")).toObject()
        .value(QStringLiteral("outcome")).toString();
}

QString base64Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().toBase64()) : QString();
}

Diagnostics withRules(const Diagnostics &all, const QStringList &prefixes, Diagnostic::Severity severity)
{
    Diagnostics out;
    for (const Diagnostic &d : all) {
        if (d.severity != severity)
            continue;
        for (const QString &p : prefixes) {
            if (d.ruleId.startsWith(p)) {
                out.append(d);
                break;
            }
        }
    }
    return out;
}

QString dump(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines << QStringLiteral("%1:%2:%3 %4 %5 [%6]").arg(d.file).arg(d.line).arg(d.column).arg(severityId(d.severity), d.message, d.ruleId);
    return lines.join(QLatin1Char('\n'));
}

// Tasks without positions, for comparing a merged result with the expected final file.
QList<TaskConfig> plain(QList<TaskConfig> tasks)
{
    for (TaskConfig &t : tasks)
        t.span = {};
    return tasks;
}

// Rules the `validate lagoon-yml` command and the .lagoon.yml decoder apply.
const QStringList LagoonYmlRules = {QStringLiteral("yaml."), QStringLiteral("lagoon.wrong-type"),
                                    QStringLiteral("lagoon.yaml-override"), QStringLiteral("lagoon.file-"),
                                    QStringLiteral("cronjob.multiline"), QStringLiteral("route.annotation")};

} // namespace

class tst_ConformanceValidate : public QObject
{
    Q_OBJECT

private:
    int m_passed = 0;

    LoadedProject load(const QString &folder, const QString &lagoonYml, const QString &overrideFile = QStringLiteral("-"),
                       const QString &envOverride = {}, const QString &project = {})
    {
        LoadOptions options;
        options.lagoonYml = lagoonYml;
        options.overrideFile = overrideFile;
        options.yamlOverrideBase64 = envOverride.isEmpty() ? QString() : base64Of(QDir(folder).filePath(envOverride));
        options.projectName = project;
        return LagoonProjectLoader::load(folder, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(Fixtures).exists())
            QSKIP("../shared/lagoon-research/fixtures is not present next to the checkout");
        QCOMPARE(QDir(Fixtures).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 80);
    }

    void validateLagoonYml_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("lagoonYml");
        QTest::addColumn<QString>("overrideFile");
        QTest::addColumn<QString>("envOverride");
        QTest::addColumn<QString>("finalYml");
        const auto f = [](const char *relative) -> QString {
            return QStringLiteral("internal/testdata/validate-lagoon-yml/") + QLatin1String(relative);
        };
        QTest::newRow("V01") << "V01" << f("test1/lagoon.yml") << QStringLiteral("-") << "" << "";
        QTest::newRow("V02") << "V02" << f("test2/lagoon.yml") << f("test2/lagoon-override.yml") << "" << f("test2/lagoon-final.yml");
        QTest::newRow("V03") << "V03" << f("test3/lagoon.yml") << QStringLiteral("-") << f("test3/lagoon-override.yml") << f("test3/lagoon-final.yml");
        QTest::newRow("V04") << "V04" << f("test4/lagoon.yml") << f("test4/lagoon-override.yml") << f("test4/lagoon-override-env.yml") << f("test4/lagoon-final.yml");
        QTest::newRow("V05") << "V05" << f("test5/lagoon.yml") << f("test5/lagoon-override.yml") << "" << f("test5/lagoon-final.yml");
        QTest::newRow("V06") << "V06" << f("test6/lagoon.yml") << f("test6/lagoon-override.yml") << "" << "";
        QTest::newRow("V07") << "V07" << f("test6/lagoon.yml") << QStringLiteral("-") << f("test6/lagoon-override.yml") << "";
        QTest::newRow("V08") << "V08" << f("cronjobs/lagoon.yml") << QStringLiteral("-") << "" << "";
        QTest::newRow("V09") << "V09" << f("cronjobs/lagoon.yml") << f("cronjobs/lagoon-override.yml") << f("cronjobs/lagoon-override-env.yml") << "";
    }

    void validateLagoonYml()
    {
        QFETCH(QString, id);
        QFETCH(QString, lagoonYml);
        QFETCH(QString, overrideFile);
        QFETCH(QString, envOverride);
        QFETCH(QString, finalYml);
        const QString folder = caseFolder(id);
        QVERIFY2(!folder.isEmpty(), qPrintable(id));
        const LoadedProject project = load(folder, lagoonYml, overrideFile, envOverride);
        const Diagnostics errors = withRules(LagoonValidator::validate(project), LagoonYmlRules, Diagnostic::Severity::Error);
        if (outcome(folder) == QLatin1String("error")) {
            QVERIFY2(!errors.isEmpty(), qPrintable(id + QStringLiteral(": Lagoon fails this case; we reported no error")));
        } else {
            QVERIFY2(errors.isEmpty(), qPrintable(dump(errors)));
            if (!finalYml.isEmpty()) {
                const LoadedProject expected = load(folder, finalYml);
                QCOMPARE(plain(project.config.preRollout), plain(expected.config.preRollout));
                QCOMPARE(plain(project.config.postRollout), plain(expected.config.postRollout));
            }
        }
        ++m_passed;
    }

    void multilineCronjobs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("allFail");
        QTest::newRow("V10") << "V10" << "internal/testdata/validate-lagoon-yml/cronjobs/multiline-cronjobs.lagoon.yml" << true;
        QTest::newRow("V11") << "V11" << "internal/testdata/validate-lagoon-yml/cronjobs/singleline-cronjobs.lagoon.yml" << false;
    }

    void multilineCronjobs()
    {
        QFETCH(QString, id);
        QFETCH(QString, file);
        QFETCH(bool, allFail);
        const LoadedProject project = load(caseFolder(id), file);
        qsizetype cronjobs = 0;
        for (const EnvironmentConfig &env : project.config.environments)
            cronjobs += env.cronjobs.size();
        QVERIFY(cronjobs > 2);
        const Diagnostics multiline =
            withRules(LagoonValidator::validate(project), {QStringLiteral("cronjob.multiline")}, Diagnostic::Severity::Error);
        QCOMPARE(multiline.size(), allFail ? cronjobs : 0);
        ++m_passed;
    }

    void compose_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<int>("warningLine");
        QTest::newRow("C01") << "C01" << "" << "yaml.duplicate-key" << 59;
        QTest::newRow("C02") << "C02" << "" << "" << 0;
        QTest::newRow("C03") << "C03" << "" << "" << 0;
        QTest::newRow("C04") << "C04" << "" << "" << 0;
        QTest::newRow("C05") << "C05" << "" << "yaml.duplicate-key" << 57;
        QTest::newRow("C06") << "C06" << "" << "" << 0;
        QTest::newRow("C07") << "C07" << "" << "compose.non-string-key" << 17;
        QTest::newRow("C08") << "C08" << "" << "compose.non-string-key" << 0;
        QTest::newRow("C09") << "C09" << "" << "compose.env-file-missing" << 36; // pass-lenient: a build warning
        QTest::newRow("C10") << "C10" << "" << "compose.env-file-missing" << 0;
        QTest::newRow("C11") << "C11" << "compose.service-name-invalid" << "" << 0;
        QTest::newRow("C12") << "C12" << "" << "" << 0;
    }

    void compose()
    {
        QFETCH(QString, id);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        QFETCH(int, warningLine);
        const QString folder = caseFolder(id);
        const QString number = id.mid(1).toInt() < 10 ? id.mid(2) : id.mid(1);
        const LoadedProject project = load(folder, QStringLiteral("internal/testdata/docker-compose/test%1/lagoon.yml").arg(number));
        QVERIFY2(project.composeLoaded, qPrintable(dump(project.diagnostics)));
        // The compose step of Lagoon's build: loading, service names, yaml.v3 re-parse, env files.
        const Diagnostics all = LagoonValidator::validate(project);
        const QStringList composeRules = {QStringLiteral("yaml."), QStringLiteral("compose.service-name"),
                                          QStringLiteral("compose.non-string"), QStringLiteral("compose.env-file"),
                                          QStringLiteral("compose.not-a"), QStringLiteral("compose.services-not"),
                                          QStringLiteral("compose.service-not")};
        const Diagnostics errors = withRules(all, composeRules, Diagnostic::Severity::Error);
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(dump(errors)));
        } else {
            QVERIFY2(withRules(errors, {error}, Diagnostic::Severity::Error).size() == 1, qPrintable(dump(all)));
        }
        const Diagnostics warnings = withRules(all, composeRules, Diagnostic::Severity::Warning);
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(dump(warnings)));
        } else {
            const Diagnostics found = withRules(warnings, {warning}, Diagnostic::Severity::Warning);
            QVERIFY2(!found.isEmpty(), qPrintable(dump(all)));
            if (warningLine > 0)
                QCOMPARE(found.constFirst().line, warningLine);
        }
        ++m_passed;
    }

    void lint_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("file");
        const QStringList files = {QStringLiteral("valid.0"), QStringLiteral("valid.1"), QStringLiteral("valid.2"),
                                   QStringLiteral("valid.3"), QStringLiteral("valid.4"), QStringLiteral("valid.5"),
                                   QStringLiteral("valid.6"), QStringLiteral("invalid.0"), QStringLiteral("invalid.1"),
                                   QStringLiteral("invalid.2"), QStringLiteral("invalid.3"), QStringLiteral("invalid.4"),
                                   QStringLiteral("invalid.5"), QStringLiteral("invalid.6")};
        for (int i = 0; i < files.size(); ++i) {
            const QString id = QStringLiteral("L%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            QTest::newRow(qPrintable(id)) << id << QStringLiteral("internal/lagoonyml/required/testdata/%1.lagoon.yml").arg(files.at(i));
        }
    }

    void lint()
    {
        QFETCH(QString, id);
        QFETCH(QString, file);
        const QString folder = caseFolder(id);
        const LoadedProject project = load(folder, file);
        QVERIFY2(project.lagoonYmlLoaded, qPrintable(dump(project.diagnostics)));
        const Diagnostics errors = withRules(LagoonValidator::validate(project),
                                             {QStringLiteral("route.annotation"), QStringLiteral("cronjob.multiline"),
                                              QStringLiteral("yaml.")},
                                             Diagnostic::Severity::Error);
        if (outcome(folder) == QLatin1String("error")) {
            QVERIFY2(!errors.isEmpty(), qPrintable(id + QStringLiteral(": the linter fails this file; we did not")));
            if (errors.constFirst().ruleId == QLatin1String("route.annotation-restricted"))
                QVERIFY(errors.constFirst().message.startsWith(QStringLiteral("failed validation: ")));
        } else {
            QVERIFY2(errors.isEmpty(), qPrintable(dump(errors)));
        }
        ++m_passed;
    }

    void parse()
    {
        const auto parsed = [this](const QString &id, const QString &test, const QString &project = {},
                                   const QString &file = QStringLiteral("lagoon.yml")) {
            const LoadedProject loaded = load(caseFolder(id),
                                              QStringLiteral("internal/lagoon/test-resources/lagoon-yaml/%1/%2").arg(test, file),
                                              QStringLiteral("-"), {}, project);
            const Diagnostics errors = withRules(LagoonValidator::validate(loaded), LagoonYmlRules, Diagnostic::Severity::Error);
            if (!errors.isEmpty())
                qWarning("%s", qPrintable(dump(errors)));
            return std::pair{loaded.config, errors.isEmpty()};
        };

        for (const auto &[id, test] : {std::pair{"P01", "test1"}, std::pair{"P02", "test2"}, std::pair{"P03", "test3"}}) {
            const auto [config, clean] = parsed(QLatin1String(id), QLatin1String(test));
            QVERIFY(clean);
            const auto &routes = config.environment(QStringLiteral("main"))->routes;
            QCOMPARE(routes.size(), 3);
            QCOMPARE(routes.at(0).domain, QStringLiteral("a.example.com"));
            QCOMPARE(routes.at(0).tlsAcme, std::optional<bool>(true));
            QCOMPARE(routes.at(1).domain, QStringLiteral("b.example.com"));
            QCOMPARE(config.activeRoutes->at(0).tlsAcme, std::optional<bool>(true));
            QCOMPARE(config.standbyRoutes->at(0).tlsAcme, std::optional<bool>(false));
            QCOMPARE(config.standbyRoutes->at(0).insecure, std::optional<QString>(QStringLiteral("Redirect")));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P04"), QStringLiteral("test4"));
            QVERIFY(clean);
            QCOMPARE(config.backupRetention.hourly, std::optional<int>(0));
            QCOMPARE(config.backupRetention.daily, std::optional<int>(10));
            QCOMPARE(config.backupRetention.weekly, std::optional<int>(6));
            QCOMPARE(config.backupRetention.monthly, std::optional<int>(2));
            QCOMPARE(config.backupSchedule, QStringLiteral("M/15 5 * * 0"));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P05"), QStringLiteral("test5"));
            QVERIFY(clean);
            const CronjobConfig &cron = config.environment(QStringLiteral("main"))->cronjobs.at(0);
            QCOMPARE(cron.name, QStringLiteral("drush cron"));
            QCOMPARE(cron.command, QStringLiteral("drush cron"));
            QCOMPARE(cron.service, QStringLiteral("cli"));
            QCOMPARE(cron.schedule, QStringLiteral("*/15 * * * *"));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P06"), QStringLiteral("test6"), QStringLiteral("multiproject1"));
            QVERIFY(clean);
            const auto &crons = config.environment(QStringLiteral("main"))->cronjobs;
            QCOMPARE(crons.size(), 2);
            QCOMPARE(crons.at(0).schedule, QStringLiteral("*/15 * * * *")); // the project's own "drush cron" wins
            QCOMPARE(crons.at(1).name, QStringLiteral("some other drush cron"));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P07"), QStringLiteral("test7"));
            QVERIFY(clean);
            QVERIFY(config.gitSha);
            const auto &overrides = config.environment(QStringLiteral("main"))->overrides;
            QCOMPARE(overrides.size(), 1);
            QCOMPARE(overrides.at(0).dockerfile, QStringLiteral("test-resources/dockerfile.nginx"));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P08"), QStringLiteral("test8"));
            QVERIFY(clean);
            QCOMPARE(config.containerRegistries.size(), 4);
            QCOMPARE(config.containerRegistries.at(0).password, QStringLiteral("REGISTRY_PASSWORD"));
            QCOMPARE(config.containerRegistries.at(2).url, QStringLiteral("my.other.registry.com"));
            QVERIFY(config.containerRegistries.at(3).url.isEmpty());
            ++m_passed;
        }
        {
            const auto one = parsed(QStringLiteral("P09"), QStringLiteral("test9"), QStringLiteral("multiproject1"));
            QCOMPARE(one.first.environment(QStringLiteral("main"))->cronjobs.size(), 2);
            const auto two = parsed(QStringLiteral("P09"), QStringLiteral("test9"), QStringLiteral("multiproject2"));
            const auto &crons = two.first.environment(QStringLiteral("main"))->cronjobs;
            QCOMPARE(crons.size(), 3);
            QCOMPARE(crons.at(0).name, QStringLiteral("notdrush cron"));
            const auto only = parsed(QStringLiteral("P09"), QStringLiteral("test9"), QStringLiteral("multiproject2"),
                                     QStringLiteral("polysite-only-lagoon.yml"));
            QCOMPARE(only.first.environment(QStringLiteral("main"))->cronjobs.size(), 1);
            QVERIFY(one.second && two.second && only.second);
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P10"), QStringLiteral("test10"));
            QVERIFY(clean);
            QCOMPARE(config.environment(QStringLiteral("main"))->cronjobs.at(0).inPod, std::optional<bool>(true));
            ++m_passed;
        }
        {
            const auto [config, clean] = parsed(QStringLiteral("P11"), QStringLiteral("test11"));
            QVERIFY(clean);
            QCOMPARE(config.autogenerate.pathRoutes.size(), 1);
            QCOMPARE(config.autogenerate.pathRoutes.at(0).fromService, QStringLiteral("nginx"));
            const EnvironmentConfig *main = config.environment(QStringLiteral("main"));
            QCOMPARE(main->autogeneratePathRoutes->size(), 1);
            QCOMPARE(main->routes.at(0).pathRoutes.at(0).toService, QStringLiteral("node"));
            QCOMPARE(main->routes.at(0).pathRoutes.at(0).path, QStringLiteral("/api/v1"));
            ++m_passed;
        }
    }

    void cleanupTestCase()
    {
        // 9 V + 2 V + 12 C + 14 L + 11 P
        qInfo("conformance (validate/parse): %d of 48 cases pass", m_passed);
        QCOMPARE(m_passed, 48);
    }
};

QTEST_GUILESS_MAIN(tst_ConformanceValidate)
#include "tst_conformance_validate.moc"
