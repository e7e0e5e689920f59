// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// One folder per rule under tests/data/rules: a small project and expected.txt listing every
// diagnostic the validator must report, by severity, rule id, file and the text at which it
// starts. Anything reported beyond the list fails the case, so false positives show too.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/config/lagoonvalidator.h"

using namespace Lagoon;

namespace {

struct Expectation
{
    QString severity;
    QString ruleId;
    QString file;
    QString marker;
    int occurrence = 1;
    bool atEnd = false;
};

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QList<Expectation> readExpectations(const QString &path)
{
    static const QRegularExpression line(QStringLiteral("^(\\w+) (\\S+) (\\S+) (?:\"((?:[^\"\\\\]|\\\\.)*)\"(?:@(\\d+))?|@EOF)$"));
    QList<Expectation> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(text);
        if (!m.hasMatch()) {
            qWarning("bad expectation line: %s", qPrintable(text));
            result.append(Expectation{QStringLiteral("?"), text, {}, {}, 1, false});
            continue;
        }
        Expectation e{m.captured(1), m.captured(2), m.captured(3), unescape(m.captured(4)),
                      m.captured(5).isEmpty() ? 1 : m.captured(5).toInt(), text.endsWith(QLatin1String("@EOF"))};
        result.append(e);
    }
    return result;
}

// 1-based line and column of the n-th occurrence of `marker` in the file.
std::pair<int, int> positionOf(const QString &filePath, const QString &marker, int occurrence)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(marker, at + 1);
        if (at < 0)
            return {-1, -1};
    }
    const int line = static_cast<int>(text.left(at).count(QLatin1Char('\n'))) + 1;
    const int column = static_cast<int>(at - (text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1)) + 1;
    return {line, column};
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1 %2 %3:%4:%5 %6").arg(severityId(d.severity), d.ruleId, d.file).arg(d.line).arg(d.column).arg(d.message);
}

} // namespace

class tst_LagoonValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir rules(QStringLiteral(LAGOON_TEST_DATA_DIR "/rules"));
        const QStringList cases = rules.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 30);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << rules.filePath(name);
    }

    void rules()
    {
        QFETCH(QString, folder);
        const LoadedProject project = LagoonProjectLoader::load(folder);
        const Diagnostics diagnostics = LagoonValidator::validate(project);
        const QList<Expectation> expected = readExpectations(QDir(folder).filePath(QStringLiteral("expected.txt")));

        QList<Diagnostic> unmatched = diagnostics;
        for (const Expectation &e : expected) {
            QVERIFY2(e.severity != QLatin1String("?"), qPrintable(e.ruleId));
            const QString path = QDir(folder).filePath(e.file);
            int line = 0;
            int column = 0;
            if (!e.atEnd) {
                std::tie(line, column) = positionOf(path, e.marker, e.occurrence);
                QVERIFY2(line > 0, qPrintable(QStringLiteral("marker not found: ") + e.marker));
            }
            const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const Diagnostic &d) {
                if (severityId(d.severity) != e.severity || d.ruleId != e.ruleId || d.file != e.file)
                    return false;
                if (e.atEnd)
                    return d.line >= 3;
                return d.line == line && d.column == column;
            });
            QStringList got;
            for (const Diagnostic &d : diagnostics)
                got << describe(d);
            QVERIFY2(it != unmatched.end(), qPrintable(QStringLiteral("missing: %1 %2 %3:%4:%5\ngot:\n  %6")
                                                           .arg(e.severity, e.ruleId, e.file)
                                                           .arg(line)
                                                           .arg(column)
                                                           .arg(got.join(QStringLiteral("\n  ")))));
            QVERIFY2(!it->message.isEmpty(), "a diagnostic without a message");
            QVERIFY2(it->endLine > it->line || (it->endLine == it->line && it->endColumn >= it->column),
                     qPrintable(QStringLiteral("range ends before it starts: ") + describe(*it)));
            unmatched.erase(it);
        }
        QStringList extra;
        for (const Diagnostic &d : unmatched)
            extra << describe(d);
        QVERIFY2(unmatched.isEmpty(), qPrintable(QStringLiteral("unexpected:\n  ") + extra.join(QStringLiteral("\n  "))));
    }

    void unknownKey_suggestsTheRealKey()
    {
        const LoadedProject project =
            LagoonProjectLoader::load(QStringLiteral(LAGOON_TEST_DATA_DIR "/rules/unknown-key-did-you-mean"));
        const Diagnostics diagnostics = LagoonValidator::validate(project);
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY2(diagnostics.first().hint.contains(QStringLiteral("autogenerateRoutes")), qPrintable(diagnostics.first().hint));
    }

    void exampleProject_isClean()
    {
        const LoadedProject project =
            LagoonProjectLoader::load(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(project.lagoonYmlLoaded);
        QVERIFY(project.composeLoaded);
        QCOMPARE(project.compose.services.size(), 5);
        QCOMPARE(project.config.postRollout.size(), 2);
        QCOMPARE(project.config.environment(QStringLiteral("main"))->routes.size(), 2);
        QCOMPARE(project.config.environment(QStringLiteral("main"))->cronjobs.size(), 2);
        QStringList all;
        for (const Diagnostic &d : LagoonValidator::validate(project))
            all << describe(d);
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    void helpers_likeLagoon()
    {
        QVERIFY(LagoonValidator::dns1123SubdomainError(QStringLiteral("Example.COM")).isEmpty());
        QVERIFY(!LagoonValidator::dns1123SubdomainError(QStringLiteral("-example.com")).isEmpty());
        QVERIFY(!LagoonValidator::dns1123SubdomainError(QString(254, QLatin1Char('a'))).isEmpty());
        QVERIFY(LagoonValidator::isDns1035Label(QStringLiteral("node-1")));
        QVERIFY(!LagoonValidator::isDns1035Label(QStringLiteral("1node")));
        QVERIFY(!LagoonValidator::isDns1035Label(QStringLiteral("node.test")));
        QCOMPARE(LagoonValidator::goQuote(QStringLiteral("multiline\ncommand \"x\"")),
                 QStringLiteral("\"multiline\\ncommand \\\"x\\\"\""));
        QVERIFY(LagoonValidator::branchNameProblem(QStringLiteral("feature/routes")).isEmpty());
        QVERIFY(!LagoonValidator::branchNameProblem(QStringLiteral("has space")).isEmpty());
        QVERIFY(!LagoonValidator::branchNameProblem(QStringLiteral("x.lock")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LagoonValidator)
#include "tst_lagoonvalidator.moc"
