// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fixtures mark the cursor with "|" (or "‸" where the text itself needs a "|", e.g. a block
// scalar). Service names are deliberately not Lagoon type names, so a list of services can be
// told apart from a list of types.
#include <QElapsedTimer>
#include <QTest>

#include "core/lagoon/assist/editorassist.h"
#include "core/lagoon/assist/servicetypehelp.h"
#include "core/lagoon/assist/yamlcursorcontext.h"
#include "core/lagoon/config/crondescription.h"
#include "core/lagoon/config/servicetypes.h"

using namespace Lagoon;

namespace {

using FK = EditorAssist::FileKind;

struct Fixture
{
    QByteArray text;
    qsizetype offset = 0;
};

Fixture fixture(const QString &withCursor)
{
    const QString marker = withCursor.contains(QStringLiteral("‸")) ? QStringLiteral("‸") : QStringLiteral("|");
    QByteArray text = withCursor.toUtf8();
    const QByteArray m = marker.toUtf8();
    const qsizetype at = text.indexOf(m);
    Q_ASSERT_X(at >= 0, "fixture", "no cursor marker");
    text.remove(at, m.size());
    return {text, at};
}

const QStringList Services = {QStringLiteral("frontend"), QStringLiteral("backend"), QStringLiteral("database")};

QStringList labelsOf(const CompletionResult &result)
{
    QStringList labels;
    for (const CompletionItem &item : result.items)
        labels << item.label;
    return labels;
}

CompletionResult complete(FK kind, const QString &withCursor)
{
    const Fixture f = fixture(withCursor);
    return EditorAssist::complete(kind, f.text, f.offset, Services);
}

const CompletionItem *itemNamed(const CompletionResult &result, const QString &label)
{
    for (const CompletionItem &item : result.items) {
        if (item.label == label)
            return &item;
    }
    return nullptr;
}

QString slice(const QByteArray &text, qsizetype start, qsizetype end)
{
    return QString::fromUtf8(text.mid(start, end - start));
}

// A realistic .lagoon.yml of about `lines` lines: many environments with routes and cronjobs.
QByteArray bigLagoonYml(int lines)
{
    QByteArray text = "docker-compose-yaml: docker-compose.yml\n"
                      "tasks:\n"
                      "  post-rollout:\n"
                      "    - run:\n"
                      "        name: drush deploy\n"
                      "        command: drush -y deploy\n"
                      "        service: backend\n"
                      "environments:\n";
    for (int i = 0; text.count('\n') < lines - 20; ++i) {
        text += "  env" + QByteArray::number(i) + ":\n"
                "    routes:\n"
                "      - frontend:\n"
                "        - www.site" + QByteArray::number(i) + ".example.com:\n"
                "            tls-acme: true\n"
                "            insecure: Redirect\n"
                "            hstsEnabled: true\n"
                "            annotations:\n"
                "              nginx.ingress.kubernetes.io/permanent-redirect: https://example.com$request_uri\n"
                "        - site" + QByteArray::number(i) + ".example.com\n"
                "    cronjobs:\n"
                "      - name: drush cron\n"
                "        schedule: \"M/15 * * * *\"\n"
                "        command: drush cron\n"
                "        service: backend\n"
                "      - name: nightly\n"
                "        schedule: \"M H(22-2) * * *\"\n"
                "        command: drush php:script nightly.php\n"
                "        service: backend\n"
                "    types:\n"
                "      database: mariadb-single\n";
    }
    return text;
}

QByteArray bigCompose(int lines)
{
    QByteArray text = "x-lagoon-project: &lagoon-project big\n"
                      "services:\n";
    for (int i = 0; text.count('\n') < lines - 20; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "  web" + n + ": # the web server of site " + n + "\n"
                "    build:\n"
                "      context: .\n"
                "      dockerfile: lagoon/nginx.dockerfile\n"
                "    labels:\n"
                "      lagoon.type: nginx-php-persistent\n"
                "      lagoon.persistent: /app/web/sites/default/files/\n"
                "      lagoon.persistent.size: 5Gi\n"
                "    depends_on:\n"
                "      - cli" + n + "\n"
                "    environment:\n"
                "      LAGOON_ROUTE: http://site" + n + ".docker.amazee.io\n"
                "  cli" + n + ":\n"
                "    image: uselagoon/php-8.3-cli-drupal\n"
                "    labels:\n"
                "      - lagoon.type=cli-persistent\n"
                "      - lagoon.persistent.name=web" + n + "\n";
    }
    return text;
}

} // namespace

class tst_EditorAssist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the context scanner -------------------------------------------------------------

    void context_path_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("position");
        const int key = static_cast<int>(YamlCursorContext::Position::Key);
        const int value = static_cast<int>(YamlCursorContext::Position::Value);
        const int none = static_cast<int>(YamlCursorContext::Position::None);
        QTest::newRow("root") << "|" << "" << key;
        QTest::newRow("nested") << "environments:\n  main:\n    cron|" << "environments.main" << key;
        QTest::newRow("route options")
            << "environments:\n  main:\n    routes:\n      - nginx:\n        - a.com:\n            tls-acme: true\n            |"
            << "environments.main.routes[].nginx[].a.com" << key;
        QTest::newRow("indentless lists")
            << "environments:\n  main:\n    routes:\n    - nginx:\n      - a.com:\n          ins|"
            << "environments.main.routes[].nginx[].a.com" << key;
        QTest::newRow("sibling in list item") << "tasks:\n  pre-rollout:\n    - run:\n        name: a\n      |"
                                              << "tasks.pre-rollout[]" << key;
        QTest::newRow("second item") << "tasks:\n  pre-rollout:\n    - run:\n        name: a\n    - run:\n        |"
                                     << "tasks.pre-rollout[].run" << key;
        QTest::newRow("value") << "routes:\n  autogenerate:\n    insecure: Al|low" << "routes.autogenerate" << value;
        QTest::newRow("comments and blank lines")
            << "environments: # all of them\n\n  # the main branch\n  main:\n\n    # routes\n    |"
            << "environments.main" << key;
        QTest::newRow("after a block scalar")
            << "tasks:\n  pre-rollout:\n    - run:\n        command: |\n          echo a: b\n            x: y\n        ‸"
            << "tasks.pre-rollout[].run" << key;
        QTest::newRow("in a block scalar") << "tasks:\n  pre-rollout:\n    - run:\n        command: |\n          echo ‸"
                                           << "" << none;
        QTest::newRow("in a comment") << "environments:\n  # ma|in" << "" << none;
        QTest::newRow("right after colon") << "environments:|" << "" << none;
        QTest::newRow("document marker") << "a:\n  b: 1\n---\nenvironments:\n  |" << "environments" << key;
        QTest::newRow("on an opening quote") << "environments:\n  |\"main\":" << "" << none;
        QTest::newRow("quoted keys") << "\"environments\":\n  'main':\n    |" << "environments.main" << key;
    }
    void context_path()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(int, position);
        const Fixture f = fixture(text);
        const YamlCursorContext ctx = YamlCursorContext::at(f.text, f.offset);
        QCOMPARE(static_cast<int>(ctx.position), position);
        if (ctx.isValid())
            QCOMPARE(YamlCursorContext::pathText(ctx.path), path);
    }

    void context_siblings_bothSides()
    {
        const Fixture f = fixture(QStringLiteral("environments:\n  main:\n    routes: []\n    deep:\n      inner: 1\n    |\n"
                                                 "    cronjobs: []\n  other:\n    types: {}\n"));
        const YamlCursorContext ctx = YamlCursorContext::at(f.text, f.offset, YamlCursorContext::Siblings::Collect);
        QCOMPARE(ctx.siblingKeys.size(), 3);
        QVERIFY(ctx.siblingKeys.contains(QStringLiteral("routes")));
        QVERIFY(ctx.siblingKeys.contains(QStringLiteral("deep")));
        QVERIFY(ctx.siblingKeys.contains(QStringLiteral("cronjobs")));
    }

    // --- .lagoon.yml completion ----------------------------------------------------------

    void lagoonYml_complete_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList l;
            for (const char *i : items)
                l << QString::fromUtf8(i);
            return l;
        };
        const QString route = QStringLiteral("environments:\n  main:\n    routes:\n      - frontend:\n        - www.example.com:\n");

        QTest::newRow("top level") << "|" << list({"docker-compose-yaml", "environments", "tasks", "routes", "backup-retention", "container-registries"})
                                   << list({"frontend", "cronjobs", "insecure"});
        QTest::newRow("top level, partial word") << "envi|" << list({"environments"}) << list({"routes[]"});
        QTest::newRow("top level, present keys excluded")
            << "docker-compose-yaml: docker-compose.yml\n|\nenvironments:\n  main: {}\n" << list({"tasks", "routes"})
            << list({"docker-compose-yaml", "environments"});
        QTest::newRow("present keys match case-insensitively")
            << "Docker-Compose-YAML: x\n|" << list({"tasks"}) << list({"docker-compose-yaml"});
        QTest::newRow("environment fields") << "environments:\n  main:\n    |"
                                            << list({"routes", "cronjobs", "types", "autogenerateRoutes", "overrides"})
                                            << list({"docker-compose-yaml", "frontend", "environments"});
        QTest::newRow("environment fields, present excluded")
            << "environments:\n  main:\n    cronjobs: []\n    |\n    types:\n      backend: nginx\n"
            << list({"routes", "overrides"}) << list({"cronjobs", "types"});
        QTest::newRow("environment names are not guessed") << "environments:\n  |" << QStringList() << list({"main", "routes"});
        QTest::newRow("route options") << route + QStringLiteral("            tls-acme: true\n            |")
                                       << list({"insecure", "hstsEnabled", "hstsMaxAge", "annotations", "monitoring-path", "alternativenames"})
                                       << list({"tls-acme", "frontend", "docker-compose-yaml", "name"});
        QTest::newRow("route options, alias counts as present")
            << route + QStringLiteral("            tlsAcme: true\n            |") << list({"insecure"}) << list({"tls-acme"});
        QTest::newRow("route options, indentless lists")
            << "environments:\n  main:\n    routes:\n    - frontend:\n      - www.example.com:\n          |"
            << list({"insecure", "tls-acme"}) << list({"frontend"});
        QTest::newRow("route domain is free text") << route + QStringLiteral("        - |") << QStringList() << list({"insecure", "frontend"});
        QTest::newRow("route services") << "environments:\n  main:\n    routes:\n      - |"
                                        << Services << list({"routes", "insecure", "nginx"});
        QTest::newRow("production route services") << "production_routes:\n  active:\n    routes:\n      - |"
                                                    << Services << list({"insecure"});
        QTest::newRow("task item") << "tasks:\n  post-rollout:\n    - |" << list({"run"}) << list({"name", "frontend"});
        QTest::newRow("task fields") << "tasks:\n  pre-rollout:\n    - run:\n        name: dump\n        |"
                                     << list({"command", "service", "shell", "container", "when", "weight"})
                                     << list({"name", "frontend", "schedule"});
        QTest::newRow("task fields after the cursor excluded")
            << "tasks:\n  pre-rollout:\n    - run:\n        |\n        command: drush cr\n    - run:\n        shell: bash\n"
            << list({"name", "shell", "service"}) << list({"command"});
        QTest::newRow("tasks map") << "tasks:\n  |" << list({"pre-rollout", "post-rollout"}) << list({"run"});
        QTest::newRow("cronjob fields") << "environments:\n  main:\n    cronjobs:\n      - name: cron\n        |"
                                        << list({"schedule", "command", "service", "inPod", "timeout"})
                                        << list({"name", "shell", "frontend"});
        QTest::newRow("autogenerate") << "routes:\n  autogenerate:\n    |"
                                      << list({"enabled", "insecure", "prefixes", "tls-acme", "pathRoutes", "allowPullRequests"})
                                      << list({"frontend"});
        QTest::newRow("backup retention") << "backup-retention:\n  production:\n    |"
                                          << list({"hourly", "daily", "weekly", "monthly"}) << QStringList();
        QTest::newRow("types keys are services") << "environments:\n  main:\n    types:\n      |" << Services << list({"nginx", "routes"});
        QTest::newRow("types keys, present excluded") << "environments:\n  main:\n    types:\n      frontend: nginx\n      |"
                                                      << list({"backend", "database"}) << list({"frontend"});
        QTest::newRow("overrides keys are services") << "environments:\n  main:\n    overrides:\n      |" << Services << list({"image"});
        QTest::newRow("override fields") << "environments:\n  main:\n    overrides:\n      backend:\n        |"
                                         << list({"build", "image"}) << list({"frontend"});
        QTest::newRow("unknown section") << "lagoon-sync:\n  |" << QStringList() << list({"docker-compose-yaml"});
        QTest::newRow("unknown key's children") << "environments:\n  main:\n    routez:\n      |" << QStringList() << list({"routes"});

        // values
        QTest::newRow("insecure values") << "routes:\n  autogenerate:\n    insecure: |" << list({"Allow", "Redirect", "None"}) << list({"true"});
        QTest::newRow("route insecure, partial") << route + QStringLiteral("            insecure: Re|")
                                                 << list({"Allow", "Redirect", "None"}) << QStringList();
        QTest::newRow("bool values") << route + QStringLiteral("            hstsEnabled: |") << list({"true", "false"}) << list({"Allow"});
        QTest::newRow("bool string values") << route + QStringLiteral("            tls-acme: |") << list({"true", "false"}) << QStringList();
        QTest::newRow("task service") << "tasks:\n  pre-rollout:\n    - run:\n        name: a\n        service: |" << Services << list({"true"});
        QTest::newRow("cronjob service") << "environments:\n  main:\n    cronjobs:\n      - name: a\n        service: b|" << Services << QStringList();
        QTest::newRow("path route toService")
            << route + QStringLiteral("            pathRoutes:\n              - toService: |") << Services << QStringList();
        QTest::newRow("types values are service types") << "environments:\n  main:\n    types:\n      backend: |"
                                                        << list({"nginx", "nginx-php-persistent", "mariadb-single", "none"})
                                                        << list({"frontend", "backend"});
        QTest::newRow("no services for a task name") << "tasks:\n  pre-rollout:\n    - run:\n        name: |" << QStringList() << Services;
        QTest::newRow("no services for a cron command")
            << "environments:\n  main:\n    cronjobs:\n      - command: |" << QStringList() << Services;
        QTest::newRow("no services for docker-compose-yaml") << "docker-compose-yaml: |" << QStringList() << Services;
        QTest::newRow("schedules") << "environments:\n  main:\n    cronjobs:\n      - name: a\n        schedule: |"
                                   << list({"M/15 * * * *", "M H(22-2) * * *"}) << Services;

        // half-typed and broken YAML
        QTest::newRow("unclosed flow value above")
            << route + QStringLiteral("            annotations: {\n            |") << list({"insecure"}) << list({"annotations"});
        QTest::newRow("unterminated quote above")
            << "tasks:\n  pre-rollout:\n    - run:\n        name: \"dump the db\n        |" << list({"command"}) << list({"name"});
        QTest::newRow("odd indentation") << "environments:\n   main:\n      |" << list({"routes", "cronjobs"}) << QStringList();
        QTest::newRow("key without colon above") << "docker-compose-yaml\nenvironments:\n  main:\n    cro|" << list({"cronjobs"}) << QStringList();
        QTest::newRow("empty keys above") << "environments:\n  main:\n    routes:\n    cronjobs:\n      - name: a\n        sch|"
                                          << list({"schedule"}) << list({"name"});
        QTest::newRow("tabs and trailing spaces") << "environments:   \n  main:  \n    |" << list({"routes"}) << QStringList();
        QTest::newRow("windows line endings") << "environments:\r\n  main:\r\n    |\r\n" << list({"routes"}) << QStringList();
    }
    void lagoonYml_complete()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const CompletionResult result = complete(FK::LagoonYml, text);
        const QStringList labels = labelsOf(result);
        for (const QString &e : expected)
            QVERIFY2(labels.contains(e), qPrintable(e + QStringLiteral(" missing from: ") + labels.join(u',')));
        for (const QString &u : unexpected)
            QVERIFY2(!labels.contains(u), qPrintable(u + QStringLiteral(" unexpected in: ") + labels.join(u',')));
        if (expected.isEmpty())
            QVERIFY2(labels.isEmpty(), qPrintable(labels.join(u',')));
    }

    void lagoonYml_keyItems_describeTheKey()
    {
        const CompletionResult result = complete(FK::LagoonYml, QStringLiteral(
            "environments:\n  main:\n    routes:\n      - frontend:\n        - a.com:\n            |"));
        const CompletionItem *maxAge = itemNamed(result, QStringLiteral("hstsMaxAge"));
        QVERIFY(maxAge);
        QCOMPARE(maxAge->kind, CompletionItem::Kind::Key);
        QCOMPARE(maxAge->detail, QStringLiteral("a whole number"));
        QVERIFY(maxAge->documentation.contains(QStringLiteral("HSTS max-age")));
        QVERIFY(maxAge->documentation.contains(QStringLiteral("Default: 31536000")));
        QCOMPARE(maxAge->insertText, QStringLiteral("hstsMaxAge: "));

        const CompletionItem *annotations = itemNamed(result, QStringLiteral("annotations"));
        QVERIFY(annotations);
        QCOMPARE(annotations->insertText, QStringLiteral("annotations:"));

        const CompletionItem *hsts = itemNamed(result, QStringLiteral("hsts"));
        QVERIFY(hsts);
        QVERIFY(hsts->documentation.contains(QStringLiteral("Deprecated: Use hstsEnabled")));
        QCOMPARE(result.items.last().label, QStringLiteral("hsts")); // deprecated keys come last
    }

    void lagoonYml_serviceItems_areServices()
    {
        const CompletionResult result = complete(FK::LagoonYml, QStringLiteral("environments:\n  main:\n    routes:\n      - |"));
        const CompletionItem *frontend = itemNamed(result, QStringLiteral("frontend"));
        QVERIFY(frontend);
        QCOMPARE(frontend->kind, CompletionItem::Kind::Service);
        QCOMPARE(frontend->insertText, QStringLiteral("frontend:"));

        const CompletionResult value = complete(FK::LagoonYml, QStringLiteral("tasks:\n  pre-rollout:\n    - run:\n        service: |"));
        QCOMPARE(itemNamed(value, QStringLiteral("backend"))->insertText, QStringLiteral("backend"));
    }

    void lagoonYml_typeValues_documentTheType()
    {
        const CompletionResult result = complete(FK::LagoonYml, QStringLiteral("environments:\n  main:\n    types:\n      backend: |"));
        const CompletionItem *item = itemNamed(result, QStringLiteral("nginx-php-persistent"));
        QVERIFY(item);
        QCOMPARE(item->kind, CompletionItem::Kind::Value);
        QCOMPARE(item->documentation, ServiceTypeHelp::describe(QStringLiteral("nginx-php-persistent")));
        QVERIFY(item->documentation.contains(QStringLiteral("Port 8080")));
    }

    // --- replace ranges ------------------------------------------------------------------

    void replaceRange_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("replaced");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("insertText");
        const int lagoon = static_cast<int>(FK::LagoonYml);
        const int compose = static_cast<int>(FK::Compose);
        const QString route = QStringLiteral("environments:\n  main:\n    routes:\n      - frontend:\n        - a.com:\n            ");
        QTest::newRow("partial key") << lagoon << "envi|" << "envi" << "environments" << "environments:";
        QTest::newRow("cursor inside a word") << lagoon << "env|iron" << "environ" << "environments" << "environments:";
        QTest::newRow("nothing typed") << lagoon << "environments:\n  main:\n    |" << "" << "routes" << "routes:";
        QTest::newRow("scalar key") << lagoon << "docker|" << "docker" << "docker-compose-yaml" << "docker-compose-yaml: ";
        QTest::newRow("existing colon kept") << lagoon << route + QStringLiteral("tls-ac|me: true") << "tls-acme" << "tls-acme" << "tls-acme";
        QTest::newRow("whole value") << lagoon << route + QStringLiteral("insecure: Red|irect # why") << "Redirect" << "Allow" << "Allow";
        QTest::newRow("empty value") << lagoon << route + QStringLiteral("insecure: |") << "" << "None" << "None";
        QTest::newRow("quoted value") << lagoon << "environments:\n  main:\n    cronjobs:\n      - schedule: \"M/1|5 * * * *\""
                                      << "M/15 * * * *" << "M H * * *" << "M H * * *";
        QTest::newRow("unquoted schedule gets quotes") << lagoon << "environments:\n  main:\n    cronjobs:\n      - schedule: |"
                                                       << "" << "M H * * *" << "\"M H * * *\"";
        QTest::newRow("after a dash") << lagoon << "tasks:\n  pre-rollout:\n    - ru|" << "ru" << "run" << "run:";
        QTest::newRow("label key") << compose << "services:\n  web:\n    labels:\n      lagoon.ty|" << "lagoon.ty" << "lagoon.type" << "lagoon.type: ";
        QTest::newRow("label list key") << compose << "services:\n  web:\n    labels:\n      - lagoon.ty|" << "lagoon.ty" << "lagoon.type" << "lagoon.type=";
        QTest::newRow("label list key before =") << compose << "services:\n  web:\n    labels:\n      - lagoon.ty|pe=nginx"
                                                 << "lagoon.type" << "lagoon.name" << "lagoon.name";
        QTest::newRow("label list value") << compose << "services:\n  web:\n    labels:\n      - lagoon.type=ng|inx-php"
                                          << "nginx-php" << "nginx" << "nginx";
        QTest::newRow("quoted label list value") << compose << "services:\n  web:\n    labels:\n      - \"lagoon.type=ng|\""
                                                 << "ng" << "nginx" << "nginx";
        QTest::newRow("label value") << compose << "services:\n  web:\n    labels:\n      lagoon.type: nginx-p|" << "nginx-p"
                                     << "nginx-php" << "nginx-php";
        QTest::newRow("string label value quoted") << compose << "services:\n  web:\n    labels:\n      lagoon.autogeneratedroute: |"
                                                   << "" << "false" << "\"false\"";
        QTest::newRow("string label value already quoted")
            << compose << "services:\n  web:\n    labels:\n      lagoon.autogeneratedroute: \"f|\"" << "f" << "false" << "false";
        QTest::newRow("collection key") << compose << "services:\n  web:\n    lab|" << "lab" << "labels" << "labels:";
        QTest::newRow("utf-8 before the cursor") << lagoon << "# Große Umgebung ✓\nenvironments:\n  main:\n    cron|"
                                                 << "cron" << "cronjobs" << "cronjobs:";
    }
    void replaceRange()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, replaced);
        QFETCH(QString, label);
        QFETCH(QString, insertText);
        const Fixture f = fixture(text);
        const CompletionResult result = EditorAssist::complete(static_cast<FK>(kind), f.text, f.offset, Services);
        QVERIFY2(!result.items.isEmpty(), "no proposals");
        QVERIFY(result.replaceStart <= f.offset && f.offset <= result.replaceEnd);
        QCOMPARE(slice(f.text, result.replaceStart, result.replaceEnd), replaced);
        const CompletionItem *item = itemNamed(result, label);
        QVERIFY2(item, qPrintable(labelsOf(result).join(u',')));
        QCOMPARE(item->insertText, insertText);
    }

    // --- docker-compose.yml completion ---------------------------------------------------

    void compose_complete_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList l;
            for (const char *i : items)
                l << QString::fromUtf8(i);
            return l;
        };
        const QString labels = QStringLiteral("services:\n  frontend:\n    image: nginx\n    labels:\n");
        QTest::newRow("top level") << "|" << list({"services", "volumes", "x-lagoon-project"}) << list({"image", "lagoon.type"});
        QTest::newRow("service names are new") << "services:\n  |" << QStringList() << list({"image", "frontend"});
        QTest::newRow("service keys") << "services:\n  frontend:\n    |"
                                      << list({"image", "build", "labels", "volumes", "ports", "environment", "depends_on"})
                                      << list({"lagoon.type", "services", "frontend"});
        QTest::newRow("service keys, present excluded") << "services:\n  frontend:\n    image: x\n    |\n    labels:\n      lagoon.type: nginx\n"
                                                        << list({"build", "ports"}) << list({"image", "labels"});
        QTest::newRow("build keys") << "services:\n  backend:\n    build:\n      |" << list({"context", "dockerfile", "args"}) << list({"image"});
        QTest::newRow("labels map") << labels + QStringLiteral("      |")
                                    << list({"lagoon.type", "lagoon.persistent", "lagoon.persistent.name", "lagoon.persistent.size",
                                             "lagoon.name", "lagoon.base.image", "lagoon.autogeneratedroute",
                                             "lagoon.deployment.servicetype", "lagoon.service.usecomposeports"})
                                    << list({"image", "lagoon.rollout", "lagoon.template", "frontend"});
        QTest::newRow("labels map, present excluded") << labels + QStringLiteral("      lagoon.type: nginx\n      |\n      lagoon.name: x\n")
                                                      << list({"lagoon.persistent"}) << list({"lagoon.type", "lagoon.name"});
        QTest::newRow("labels list") << labels + QStringLiteral("      - |") << list({"lagoon.type", "lagoon.persistent"}) << list({"image"});
        QTest::newRow("labels list, present excluded")
            << labels + QStringLiteral("      - lagoon.type=nginx\n      - |\n      - \"lagoon.persistent=/app\"\n")
            << list({"lagoon.name"}) << list({"lagoon.type", "lagoon.persistent"});
        QTest::newRow("labels list, indentless") << labels + QStringLiteral("    - lagoon.type=nginx\n    - |")
                                                 << list({"lagoon.name"}) << list({"lagoon.type", "image"});
        QTest::newRow("lagoon.type values") << labels + QStringLiteral("      lagoon.type: |")
                                            << list({"nginx", "nginx-php-persistent", "cli-persistent", "mariadb", "none"})
                                            << list({"frontend", "backend"});
        QTest::newRow("lagoon.type values, list form") << labels + QStringLiteral("      - lagoon.type=|")
                                                       << list({"nginx", "none"}) << list({"lagoon.type", "frontend"});
        QTest::newRow("lagoon.persistent.name values") << labels + QStringLiteral("      lagoon.persistent.name: |")
                                                       << list({"backend", "database"}) << list({"frontend", "nginx"});
        QTest::newRow("lagoon.name values, list form") << labels + QStringLiteral("      - lagoon.name=|")
                                                       << list({"backend", "database"}) << list({"frontend"});
        QTest::newRow("no values for a path") << labels + QStringLiteral("      lagoon.persistent: |") << QStringList() << Services;
        QTest::newRow("depends_on items") << "services:\n  frontend:\n    depends_on:\n      - backend\n      - |"
                                          << list({"database"}) << list({"frontend", "backend", "image"});
        QTest::newRow("depends_on map form") << "services:\n  frontend:\n    depends_on:\n      |" << list({"backend", "database"})
                                             << list({"frontend"});
        QTest::newRow("no services in environment") << "services:\n  frontend:\n    environment:\n      |" << QStringList() << Services;
        QTest::newRow("no services in volumes") << "services:\n  frontend:\n    volumes:\n      - |" << QStringList() << Services;
        QTest::newRow("volume keys") << "volumes:\n  files:\n    |" << list({"labels", "driver"}) << list({"image"});
        QTest::newRow("volume labels") << "volumes:\n  files:\n    labels:\n      |" << list({"lagoon.type", "lagoon.backup", "lagoon.persistent.size"})
                                       << list({"lagoon.name"});
        QTest::newRow("volume lagoon.type") << "volumes:\n  files:\n    labels:\n      lagoon.type: |" << list({"persistent"}) << list({"nginx"});
        QTest::newRow("broken: labels after an anchor merge")
            << "services:\n  frontend:\n    << : *defaults\n    labels:\n      lagoon.type: nginx\n      lagoon.p|"
            << list({"lagoon.persistent"}) << list({"lagoon.type"});
        QTest::newRow("broken: unclosed quote above")
            << "services:\n  frontend:\n    image: \"nginx\n    labels:\n      |" << list({"lagoon.type"}) << QStringList();
    }
    void compose_complete()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const CompletionResult result = complete(FK::Compose, text);
        const QStringList labels = labelsOf(result);
        for (const QString &e : expected)
            QVERIFY2(labels.contains(e), qPrintable(e + QStringLiteral(" missing from: ") + labels.join(u',')));
        for (const QString &u : unexpected)
            QVERIFY2(!labels.contains(u), qPrintable(u + QStringLiteral(" unexpected in: ") + labels.join(u',')));
        if (expected.isEmpty())
            QVERIFY2(labels.isEmpty(), qPrintable(labels.join(u',')));
    }

    void compose_lagoonType_documentsEachType()
    {
        const CompletionResult result = complete(FK::Compose, QStringLiteral("services:\n  web:\n    labels:\n      lagoon.type: |"));
        QCOMPARE(result.items.size(), ServiceTypes::names().size());
        for (const CompletionItem &item : result.items)
            QVERIFY2(!item.documentation.isEmpty(), qPrintable(item.label));
        QVERIFY(itemNamed(result, QStringLiteral("redis"))->documentation.contains(QStringLiteral("6379")));
    }

    // --- hover ---------------------------------------------------------------------------

    void hover_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("textContains");
        QTest::addColumn<QString>("range");
        const int lagoon = static_cast<int>(FK::LagoonYml);
        const int compose = static_cast<int>(FK::Compose);
        const QString cron = QStringLiteral("environments:\n  main:\n    cronjobs:\n      - name: cron\n        ");
        QTest::newRow("top-level key") << lagoon << "docker-comp|ose-yaml: docker-compose.yml" << "docker-compose-yaml"
                                       << "The compose file Lagoon reads" << "docker-compose-yaml";
        QTest::newRow("nested key") << lagoon << cron + QStringLiteral("sche|dule: \"M/15 * * * *\"")
                                    << "environments.main.cronjobs[].schedule" << "Five cron fields" << "schedule";
        QTest::newRow("kind and default") << lagoon << "environments:\n  main:\n    routes:\n      - web:\n        - a.com:\n            hstsMax|Age: 60"
                                          << "environments.main.routes[].web[].a.com.hstsMaxAge" << "Value: a whole number\nDefault: 31536000"
                                          << "hstsMaxAge";
        QTest::newRow("deprecated") << lagoon << "environments:\n  main:\n    monitoring_u|rls: []" << "environments.main.monitoring_urls"
                                    << "Deprecated: Use monitoring-path on a route." << "monitoring_urls";
        QTest::newRow("environment name") << lagoon << "environments:\n  ma|in:\n    routes: []" << "environments.main"
                                          << "Settings for one environment" << "main";
        QTest::newRow("schedule in words") << lagoon << cron + QStringLiteral("schedule: \"M/1|5 * * * *\"") << "M/15 * * * *"
                                           << "Every 15 minutes, starting at a minute Lagoon picks for each environment" << "M/15 * * * *";
        QTest::newRow("backup schedule in words") << lagoon << "backup-schedule:\n  production: M H(22-2) * * |*" << "M H(22-2) * * *"
                                                  << "Once a day between 22:00 and 01:59" << "M H(22-2) * * *";
        QTest::newRow("invalid schedule") << lagoon << cron + QStringLiteral("schedule: M * |*") << "M * *"
                                          << "cron definition 'M * *' is invalid, 3 fields provided, required 5" << "M * *";
        QTest::newRow("insecure value") << lagoon << "routes:\n  autogenerate:\n    insecure: Redi|rect" << "Redirect"
                                        << "redirected to HTTPS" << "Redirect";
        QTest::newRow("type override value") << lagoon << "environments:\n  main:\n    types:\n      db: mariadb-si|ngle"
                                             << "mariadb-single" << "MariaDB in a single pod" << "mariadb-single";
        QTest::newRow("label key") << compose << "services:\n  web:\n    labels:\n      lagoon.ty|pe: nginx" << "lagoon.type"
                                   << "required on every service" << "lagoon.type";
        QTest::newRow("lagoon.type value") << compose << "services:\n  web:\n    labels:\n      lagoon.type: nginx-php-pers|istent"
                                           << "nginx-php-persistent" << "persistent volume" << "nginx-php-persistent";
        QTest::newRow("list label key") << compose << "services:\n  web:\n    labels:\n      - lagoon.persistent.n|ame=web"
                                        << "lagoon.persistent.name" << "The volume to mount" << "lagoon.persistent.name";
        QTest::newRow("list lagoon.type value") << compose << "services:\n  web:\n    labels:\n      - \"lagoon.type=cl|i\""
                                                << "cli" << "command-line container" << "cli";
        QTest::newRow("legacy type") << compose << "services:\n  db:\n    labels:\n      lagoon.type: mariadb-sha|red"
                                     << "mariadb-shared" << "Legacy name for mariadb-dbaas." << "mariadb-shared";
        QTest::newRow("volume path label") << compose << "services:\n  web:\n    labels:\n      lagoon.volumes.fil|es.path: /files"
                                           << "lagoon.volumes.files.path" << "additional volume" << "lagoon.volumes.files.path";
        QTest::newRow("deprecated label") << compose << "services:\n  web:\n    labels:\n      lagoon.roll|out: x" << "lagoon.rollout"
                                          << "no longer reads" << "lagoon.rollout";
        QTest::newRow("service key") << compose << "services:\n  web:\n    po|rts:\n      - \"8080\"" << "services.web.ports"
                                     << "usecomposeports" << "ports";
        QTest::newRow("top-level compose key") << compose << "x-lagoon-pro|ject: demo" << "x-lagoon-project" << "Lagoon CLI" << "x-lagoon-project";
    }
    void hover()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, textContains);
        QFETCH(QString, range);
        const Fixture f = fixture(text);
        const HoverInfo info = EditorAssist::hover(static_cast<FK>(kind), f.text, f.offset);
        QVERIFY(info.isValid());
        QCOMPARE(info.title, title);
        QVERIFY2(info.text.contains(textContains), qPrintable(info.text));
        QCOMPARE(slice(f.text, info.start, info.end), range);
    }

    void hover_scheduleMatchesCronDescription()
    {
        const Fixture f = fixture(QStringLiteral("environments:\n  main:\n    cronjobs:\n      - schedule: '0 22 * * 1-|5'"));
        const HoverInfo info = EditorAssist::hover(FK::LagoonYml, f.text, f.offset);
        QCOMPARE(info.text, CronDescription::describe(QStringLiteral("0 22 * * 1-5")));
        QCOMPARE(info.text, QStringLiteral("At 22:00 on Monday to Friday"));
    }

    void hover_nothingKnown_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        const int lagoon = static_cast<int>(FK::LagoonYml);
        const int compose = static_cast<int>(FK::Compose);
        QTest::newRow("unknown key") << lagoon << "environments:\n  main:\n    rout|ez: []";
        QTest::newRow("plain value") << lagoon << "tasks:\n  pre-rollout:\n    - run:\n        command: drush c|r";
        QTest::newRow("comment") << lagoon << "# docker-comp|ose-yaml: x";
        QTest::newRow("blank") << lagoon << "environments:\n|\n  main: {}";
        QTest::newRow("block scalar") << lagoon << "tasks:\n  pre-rollout:\n    - run:\n        command: |\n          sched‸ule: x";
        QTest::newRow("compose unknown label") << compose << "services:\n  web:\n    labels:\n      com.example.fo|o: bar";
        QTest::newRow("compose unknown type") << compose << "services:\n  web:\n    labels:\n      lagoon.type: ngin|y";
        QTest::newRow("compose environment variable") << compose << "services:\n  web:\n    environment:\n      LAGOON_RO|UTE: x";
    }
    void hover_nothingKnown()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        const Fixture f = fixture(text);
        QVERIFY(!EditorAssist::hover(static_cast<FK>(kind), f.text, f.offset).isValid());
    }

    void offsets_outOfRange_areSafe()
    {
        const QByteArray text = "environments:\n  main:\n";
        for (const qsizetype offset : {qsizetype(-5), qsizetype(0), text.size(), text.size() + 10}) {
            EditorAssist::complete(FK::LagoonYml, text, offset, Services);
            EditorAssist::hover(FK::Compose, text, offset);
        }
        QVERIFY(EditorAssist::complete(FK::LagoonYml, QByteArray(), 0, Services).items.size() > 5);
    }

    // --- speed (reported, not asserted) --------------------------------------------------

    void speed_threeThousandLines()
    {
        const QByteArray lagoon = bigLagoonYml(3000);
        const QByteArray compose = bigCompose(3000);
        QVERIFY(lagoon.count('\n') >= 2980);
        QVERIFY(compose.count('\n') >= 2980);

        struct Case
        {
            const char *name;
            FK kind;
            QByteArray text;
            qsizetype offset;
        };
        const QByteArray deep = lagoon + "  last:\n    routes:\n      - frontend:\n        - a.com:\n            ";
        const QByteArray rootEnd = lagoon + "backup-";
        const QByteArray labels = compose + "    labels:\n      lagoon.type: ";
        const QList<Case> cases = {
            {"lagoon.yml route options at the end", FK::LagoonYml, deep, deep.size()},
            {"lagoon.yml top-level key at the end", FK::LagoonYml, rootEnd, rootEnd.size()},
            {"lagoon.yml top-level key at the start", FK::LagoonYml, lagoon, 0},
            {"compose lagoon.type value at the end", FK::Compose, labels, labels.size()},
        };
        const int rounds = 200;
        for (const Case &c : cases) {
            const CompletionResult check = EditorAssist::complete(c.kind, c.text, c.offset, Services);
            QVERIFY2(!check.items.isEmpty(), c.name);
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < rounds; ++i)
                EditorAssist::complete(c.kind, c.text, c.offset, Services);
            const double completeUs = static_cast<double>(timer.nsecsElapsed()) / rounds / 1000.0;
            timer.restart();
            for (int i = 0; i < rounds; ++i)
                EditorAssist::hover(c.kind, c.text, std::max<qsizetype>(0, c.offset - 2));
            const double hoverUs = static_cast<double>(timer.nsecsElapsed()) / rounds / 1000.0;
            qInfo("%s (%lld lines): complete %.1f us, hover %.1f us", c.name, static_cast<long long>(c.text.count('\n')),
                  completeUs, hoverUs);
        }

        const qsizetype schedule = lagoon.lastIndexOf("M H(22-2)") + 3;
        QElapsedTimer timer;
        timer.start();
        HoverInfo info;
        for (int i = 0; i < rounds; ++i)
            info = EditorAssist::hover(FK::LagoonYml, lagoon, schedule);
        qInfo("lagoon.yml schedule hover near the end: %.1f us", static_cast<double>(timer.nsecsElapsed()) / rounds / 1000.0);
        QVERIFY(info.text.startsWith(QStringLiteral("Once a day")));
    }
};

QTEST_GUILESS_MAIN(tst_EditorAssist)

#include "tst_editorassist.moc"
