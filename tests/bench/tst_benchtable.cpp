// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_table on the JSON files the real benchmarks wrote once (tests/data/bench): every budget of
// architecture.md gets a row with its figure, a missing or failed benchmark says "not run"/"failed"
// and fails the command, and a budget the document changed is noticed. No timing is judged here.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Fixtures = QStringLiteral(LAGOON_TEST_DATA_DIR "/bench");
const QString Architecture = QStringLiteral(LAGOON_SHARED_DIR "/design/architecture.md");
const QStringList Benches{u"bench_validate"_s, u"bench_editor"_s, u"bench_logview"_s, u"bench_startup"_s,
                          u"bench_stack"_s,    u"bench_remote"_s, u"bench_rollout"_s};

struct TableRun
{
    int exitCode = -1;
    QString output;
    QJsonObject report;

    QJsonObject row(const QString &id) const
    {
        const QJsonArray rows = report.value(u"rows"_s).toArray();
        for (const QJsonValue &r : rows) {
            if (r.toObject().value(u"id"_s).toString() == id)
                return r.toObject();
        }
        return {};
    }
    /** The printed line of a budget, found by its label. */
    QString line(const QString &label) const
    {
        const QStringList lines = output.split(u'\n');
        for (const QString &l : lines) {
            if (l.startsWith(label))
                return l;
        }
        return {};
    }
};

TableRun runTable(const QString &dir, const QString &architecture = Architecture)
{
    QTemporaryDir out;
    QProcess p;
    p.start(QStringLiteral(LAGOON_BENCH_TABLE),
            {u"--json"_s, out.filePath(u"report.json"_s), u"--architecture"_s, architecture, dir});
    TableRun run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = QString::fromUtf8(p.readAllStandardOutput());
    QFile report(out.filePath(u"report.json"_s));
    if (report.open(QIODevice::ReadOnly))
        run.report = QJsonDocument::fromJson(report.readAll()).object();
    return run;
}

/** A copy of the fixtures without @p left, to break one benchmark at a time. */
bool copyFixtures(const QString &to, const QStringList &left = {})
{
    for (const QString &bench : Benches) {
        if (!left.contains(bench) && !QFile::copy(Fixtures + u'/' + bench + u".json"_s, to + u'/' + bench + u".json"_s))
            return false;
    }
    return true;
}

double contenderMedian(const QString &id)
{
    QFile f(Fixtures + u"/bench_validate.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).object().value(u"contenders"_s).toArray();
    for (const QJsonValue &r : rows) {
        if (r.toObject().value(u"id"_s).toString() == id)
            return r.toObject().value(u"medianMs"_s).toDouble();
    }
    return 0;
}

} // namespace

class TestBenchTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBudgetHasARow()
    {
        const TableRun run = runTable(Fixtures);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.report.value(u"complete"_s).toBool(), qPrintable(run.output));
        const QJsonArray rows = run.report.value(u"rows"_s).toArray();
        // Six budget lines in architecture.md, eleven figures: validate (2), keystroke, cold start
        // and idle RSS, log ingest, memory and scrolling, server events (model and rollout), Docker events.
        QCOMPARE(rows.size(), 11);
        for (const QJsonValue &r : rows) {
            const QJsonObject row = r.toObject();
            QCOMPARE(row.value(u"status"_s).toString(), u"measured"_s);
            QVERIFY2(row.value(u"measured"_s).toDouble() > 0, qPrintable(row.value(u"id"_s).toString()));
            QVERIFY2(row.value(u"baseline"_s).toDouble() > 0, qPrintable(row.value(u"id"_s).toString()));
            QVERIFY2(!row.value(u"architecture"_s).toString().isEmpty(), qPrintable(row.value(u"id"_s).toString()));
            QVERIFY(row.value(u"inside"_s).isBool());
        }
        // The table's figure is the benchmark's, not a copy of a budget.
        const double ratio = contenderMedian(u"load+validate"_s) / contenderMedian(u"yaml-cpp"_s);
        QVERIFY(ratio > 0);
        QCOMPARE(run.row(u"validate-vs-yaml-cpp"_s).value(u"ratio"_s).toDouble(), ratio);
        QCOMPARE(run.row(u"validate-vs-yaml-cpp"_s).value(u"inside"_s).toBool(), ratio <= 1.5);
        QCOMPARE(run.row(u"idle-rss"_s).value(u"limit"_s).toDouble(), 100e6);
        const QString line = run.line(u"validate large project vs bare yaml-cpp parse"_s);
        QVERIFY2(line.contains(u"≤ 1.5×"_s) && line.contains(u"yaml-cpp parse"_s), qPrintable(run.output));
    }

    void aMissingBenchmarkIsNotRun()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixtures(dir.path(), {u"bench_stack"_s, u"bench_remote"_s}));
        QFile reason(dir.filePath(u"bench_remote.notrun"_s));
        QVERIFY(reason.open(QIODevice::WriteOnly));
        reason.write("node is not installed\n");
        reason.close();

        const TableRun run = runTable(dir.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.report.value(u"complete"_s).toBool(true), false);
        QCOMPARE(run.row(u"docker-event-model"_s).value(u"status"_s).toString(), u"not run"_s);
        QVERIFY(!run.row(u"docker-event-model"_s).contains(u"measured"_s));
        QVERIFY2(run.line(u"Docker event → local stack model"_s).contains(u"not run: no bench_stack.json"_s),
                 qPrintable(run.output));
        QVERIFY2(run.line(u"server event → model"_s).contains(u"not run: node is not installed"_s), qPrintable(run.output));
        // The others keep their figures.
        QCOMPARE(run.row(u"server-event-rollout"_s).value(u"status"_s).toString(), u"measured"_s);
        QCOMPARE(run.row(u"cold-start"_s).value(u"status"_s).toString(), u"measured"_s);
    }

    void aFailedBenchmarkHasNoFigure()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixtures(dir.path(), {u"bench_startup"_s}));
        QFile failed(dir.filePath(u"bench_startup.json"_s));
        QVERIFY(failed.open(QIODevice::WriteOnly));
        failed.write(R"({"benchmark": "startup", "failures": ["lagoon-desktop: no first-frame line within 60 s"]})");
        failed.close();

        const TableRun run = runTable(dir.path());
        QCOMPARE(run.exitCode, 1);
        for (const QString &id : {u"cold-start"_s, u"idle-rss"_s}) {
            QCOMPARE(run.row(id).value(u"status"_s).toString(), u"failed"_s);
            QVERIFY(run.row(id).value(u"reason"_s).toString().contains(u"no first-frame line"_s));
        }
    }

    void aChangedBudgetIsNoticed()
    {
        QFile original(Architecture);
        QVERIFY2(original.open(QIODevice::ReadOnly), qPrintable(Architecture));
        QString text = QString::fromUtf8(original.readAll());
        QVERIFY(text.contains(u"p95 ≤ 16 ms"_s));
        text.replace(u"p95 ≤ 16 ms"_s, u"p95 ≤ 12 ms"_s);
        text.replace(u"| Docker event → local stack model updated | p95 ≤ 100 ms |"_s,
                     u"| Docker event → local stack model updated | p95 ≤ 100 ms |\n| tray menu opens | ≤ 50 ms |"_s);
        QTemporaryDir dir;
        QFile changed(dir.filePath(u"architecture.md"_s));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(text.toUtf8());
        changed.close();

        const TableRun run = runTable(Fixtures, changed.fileName());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.row(u"keystroke-diagnostics"_s).value(u"reason"_s).toString().contains(u"architecture.md no longer says"_s),
                 qPrintable(run.output));
        QVERIFY2(run.line(u"tray menu opens"_s).contains(u"not covered by bench_table"_s), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestBenchTable)
#include "tst_benchtable.moc"
