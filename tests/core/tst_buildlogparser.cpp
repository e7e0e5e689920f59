// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include "core/rollout/buildlogparser.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Kind = BuildLogParser::Event::Kind;

namespace {

const QString Buildlogs = QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/buildlogs");

// Everything a parser put out: each line with its step, each event, in one ordered list.
struct Recorder
{
    QList<QByteArray> lines;
    QList<int> lineSteps;
    QList<BuildLogParser::Event> events;
    QStringList order; // "L<step>" and "B<step>", "E<step>", "D<step>"
    BuildLogParser parser{[this](int step, QByteArrayView line) {
                              lines << line.toByteArray();
                              lineSteps << step;
                              order << QStringLiteral("L%1").arg(step);
                          },
                          [this](const BuildLogParser::Event &event) {
                              events << event;
                              const char kind = event.kind == Kind::Began ? 'B' : event.kind == Kind::Ended ? 'E' : 'D';
                              order << QLatin1Char(kind) + QString::number(event.step);
                          }};

    void feed(const QByteArray &text)
    {
        parser.addText(text);
        parser.flush();
    }

    QStringList titles() const
    {
        QStringList list;
        for (const auto &step : parser.steps())
            list << step.title;
        return list;
    }

    int eventsOf(Kind kind, int step) const
    {
        return static_cast<int>(std::count_if(events.cbegin(), events.cend(),
                                              [&](const auto &e) { return e.kind == kind && e.step == step; }));
    }
};

QByteArray readLog(const QString &name)
{
    QFile file(Buildlogs + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray banner(const QByteArray &line)
{
    return "##############################################\n" + line +
           "\n##############################################\n";
}

} // namespace

class tst_BuildLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(Buildlogs).exists())
            QFAIL("../shared/lagoon-research/buildlogs is missing: the corpus is part of the test");
    }

    // Properties every log of the corpus must keep, whatever its banners.
    void corpus_everyLineOnceInOrderAndStepsConsistent_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(Buildlogs).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 7);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void corpus_everyLineOnceInOrderAndStepsConsistent()
    {
        QFETCH(QString, file);
        const QByteArray text = readLog(file);
        Recorder recorder;
        recorder.feed(text);

        // Nothing lost, nothing added, nothing reordered.
        QByteArray joined = recorder.lines.join('\n');
        if (text.endsWith('\n'))
            joined += '\n';
        QCOMPARE(joined, text);
        QCOMPARE(recorder.parser.lineCount(), recorder.lines.size());

        qsizetype previousEnd = 0;
        const auto &steps = recorder.parser.steps();
        for (int i = 0; i < steps.size(); ++i) {
            const auto &step = steps.at(i);
            QVERIFY2(step.firstLine >= previousEnd, qPrintable(step.title));
            if (step.isOpen()) {
                QCOMPARE(i, steps.size() - 1); // only the last step can still be open
            } else {
                QVERIFY(step.endLine > step.firstLine);
                previousEnd = step.endLine;
            }
            if (step.completed) {
                QVERIFY(recorder.lines.at(step.summaryLine)
                            .startsWith(QByteArray("STEP " + step.title.toUtf8() + ": Completed at")));
                QVERIFY(step.duration.has_value());
            }
            QCOMPARE(recorder.eventsOf(Kind::Began, i), 1);
            QCOMPARE(recorder.eventsOf(Kind::Ended, i), step.isOpen() ? 0 : 1);
            // Lines released for a step lie inside its range.
            for (qsizetype line = 0; line < recorder.lines.size(); ++line) {
                if (recorder.lineSteps.at(line) == i)
                    QVERIFY2(line >= step.firstLine && (step.isOpen() || line < step.endLine),
                             qPrintable(QStringLiteral("%1 line %2").arg(step.title).arg(line)));
            }
        }
    }

    void corpus_missingStepAndMissingBegin()
    {
        Recorder recorder;
        recorder.feed(readLog(QStringLiteral("lagoon-build-123abc-86358316-a755-11ed-8206-032901f4c7e3.txt")));
        QCOMPARE(recorder.titles(),
                 QStringList({QStringLiteral("Initial Step"), QStringLiteral("Second Step"),
                              QStringLiteral("Third Step - no completion time"), QStringLiteral("Fourth Step"),
                              QStringLiteral("Fifth Step"), QStringLiteral("Build and Deploy")}));
        const auto &steps = recorder.parser.steps();
        QCOMPARE(steps.at(1).duration, std::optional(10s));
        QCOMPARE(steps.at(1).elapsed, std::optional(20s));
        QCOMPARE(steps.at(1).completedAt, QDateTime(QDate(2023, 11, 3), QTime(0, 0, 20), QTimeZone::utc()));

        // BEGIN without STEP: ends where Fourth Step's banner begins, its duration from Fourth's Elapsed.
        const auto &third = steps.at(2);
        QVERIFY(third.hasBegin);
        QVERIFY(!third.completed);
        QCOMPARE(third.endLine, steps.at(3).firstLine);
        QVERIFY(recorder.lines.at(third.endLine - 1).startsWith("This step is missing a STEP clause"));
        QCOMPARE(third.duration, std::optional(10s));
        QVERIFY(third.durationDerived);
        QCOMPARE(recorder.eventsOf(Kind::DurationDerived, 2), 1);
        QCOMPARE(recorder.lines.at(third.summaryLine), QByteArray("BEGIN Third Step - no completion time"));

        // STEP without BEGIN: began where Fourth Step ended, its lines included.
        const auto &fifth = steps.at(4);
        QVERIFY(!fifth.hasBegin);
        QVERIFY(fifth.completed);
        QCOMPARE(fifth.firstLine, steps.at(3).endLine);
        QVERIFY(recorder.lines.mid(fifth.firstLine, fifth.endLine - fifth.firstLine)
                    .contains("This step is missing a BEGIN clause because of a race condition"));
        QCOMPARE(fifth.duration, std::optional(10s));
        QVERIFY(!fifth.durationDerived);
        QCOMPARE(steps.constLast().elapsed, std::optional(60s));
        QCOMPARE(recorder.parser.currentStep(), -1);
    }

    void corpus_failedAndRunningBuildsEndInsideAStep()
    {
        Recorder failed;
        failed.feed(readLog(QStringLiteral("lagoon-build-def456-85e36e3c-a755-11ed-abf6-df28d8a74109.txt")));
        QCOMPARE(failed.titles().size(), 3);
        QVERIFY(failed.parser.steps().constLast().isOpen());
        QCOMPARE(failed.parser.currentStep(), 2);
        QCOMPARE(failed.lineSteps.constLast(), 2);
        QCOMPARE(failed.lines.constLast(), QByteArray("This step errored with a nasty error!!"));

        Recorder running;
        running.feed(readLog(QStringLiteral("lagoon-build-7g8h9i-84e1dc8a-a755-11ed-a37d-770f36aa3d4e.txt")));
        QCOMPARE(running.titles(), QStringList({QStringLiteral("Initial Step"), QStringLiteral("Second Step")}));
        QVERIFY(running.parser.steps().at(0).completed);
        QVERIFY(running.parser.steps().at(1).isOpen());
        // The remote-controller's header is outside any step.
        QCOMPARE(running.lineSteps.first(), -1);
        QVERIFY(running.lines.first().startsWith("===="));
    }

    void corpus_taskLogsHaveNoSteps()
    {
        Recorder recorder;
        recorder.feed(readLog(QStringLiteral("124-50573da4-f0dd-477a-9261-c4785ac2adff.txt")));
        QVERIFY(recorder.parser.steps().isEmpty());
        QVERIFY(recorder.events.isEmpty());
        QCOMPARE(recorder.lines.size(), 4);
    }

    void lineByLine_sameAsWholeAndEventsBeforeTheirLines()
    {
        const QByteArray text = readLog(QStringLiteral("lagoon-build-123abc-86358316-a755-11ed-8206-032901f4c7e3.txt"));
        Recorder whole;
        whole.feed(text);
        Recorder streamed;
        for (const QByteArray &line : text.split('\n').mid(0, text.count('\n')))
            streamed.parser.addLine(line);
        streamed.parser.flush();
        QCOMPARE(streamed.lines, whole.lines);
        QCOMPARE(streamed.lineSteps, whole.lineSteps);
        QCOMPARE(streamed.titles(), whole.titles());
        // A step's Began comes before its first line, so a consumer can file the line under it.
        const qsizetype began = streamed.order.indexOf(QStringLiteral("B0"));
        QVERIFY(began >= 0);
        QVERIFY(began < streamed.order.indexOf(QStringLiteral("L0")));
    }

    void warnings_andHeldHashLineWaitsForTheNextLine()
    {
        Recorder recorder;
        recorder.parser.addText(
            QByteArray(banner("BEGIN Route/Ingress Cleanup") + ">> Lagoon detected routes that have been removed\n"));
        recorder.parser.addLine("##############################################");
        // The `#####` could open a banner: it waits.
        QCOMPARE(recorder.lines.size(), 4);
        recorder.parser.addText("STEP Route/Ingress Cleanup: Completed at 2026-11-27 07:26:33 (UTC) Duration 00:00:01 "
                                "Elapsed 00:01:03 WithWarnings\n"
                                "##############################################\n\n");
        const auto &step = recorder.parser.steps().at(0);
        QVERIFY(step.warnings);
        QCOMPARE(step.elapsed, std::optional(63s));
        QCOMPARE(step.summaryLine, 5);
        QCOMPARE(step.endLine, 7); // the closing `#####` belongs to the step
        QCOMPARE(recorder.lineSteps, QList<int>({0, 0, 0, 0, 0, 0, 0, -1}));
    }

    void ordinaryHashesAndLookalikesAreNotBanners()
    {
        Recorder recorder;
        recorder.feed(banner("BEGIN Image Builds") + "Building cli\n" + banner("Built image sizes:") +
                      "=== BEGIN route processing for service nginx ===\nSTEP: Preparation started 2026-11-27\n"
                      "BEGIN TRANSACTION;\n"
                      "STEP Image Builds: Completed at yesterday (UTC) Duration 1s Elapsed 2s\n");
        QCOMPARE(recorder.titles(), QStringList({QStringLiteral("Image Builds")}));
        QVERIFY(recorder.parser.steps().at(0).isOpen());
        QCOMPARE(recorder.lineSteps.count(0), recorder.lines.size());
    }

    void stepWithoutBeginAfterOpenStep_endsItAndStartsANewOne()
    {
        Recorder recorder;
        recorder.feed(banner("BEGIN A") + "a\n" +
                      banner("STEP B: Completed at 2026-01-01 00:00:09 (UTC) Duration 00:00:04 Elapsed 00:00:09"));
        QCOMPARE(recorder.titles(), QStringList({QStringLiteral("A"), QStringLiteral("B")}));
        const auto &a = recorder.parser.steps().at(0);
        const auto &b = recorder.parser.steps().at(1);
        QCOMPARE(a.endLine, b.firstLine);
        QCOMPARE(b.firstLine, 4);
        // A ran from the build's start to B's start (Elapsed 9 - Duration 4).
        QCOMPARE(a.duration, std::optional(5s));
        QCOMPARE(recorder.order,
                 QStringList({QStringLiteral("B0"), QStringLiteral("L0"), QStringLiteral("L0"), QStringLiteral("L0"),
                              QStringLiteral("L0"), QStringLiteral("E0"), QStringLiteral("B1"), QStringLiteral("L1"),
                              QStringLiteral("L1"), QStringLiteral("E1"), QStringLiteral("D0"), QStringLiteral("L1")}));
    }

    void carriageReturnsAndRepeatedBegin()
    {
        Recorder recorder;
        recorder.feed("##########\r\nBEGIN A\r\n##########\r\nBEGIN A\r\nx\r\n");
        QCOMPARE(recorder.titles(), QStringList({QStringLiteral("A")}));
        QCOMPARE(recorder.lines.size(), 5);
        QCOMPARE(recorder.lines.at(4), QByteArray("x\r"));
    }

    void parseStepBanner_fields()
    {
        const auto banner = BuildLogParser::parseStepBanner("STEP Route/Ingress Configuration: Completed at 2026-11-27 "
                                                            "07:26:33 (UTC) Duration 01:02:03 Elapsed 10:00:00");
        QVERIFY(banner);
        QCOMPARE(banner->title, QStringLiteral("Route/Ingress Configuration"));
        QCOMPARE(banner->duration, 1h + 2min + 3s);
        QCOMPARE(banner->elapsed, 10h);
        QVERIFY(!banner->warnings);
        QCOMPARE(banner->completedAt, QDateTime(QDate(2026, 11, 27), QTime(7, 26, 33), QTimeZone::utc()));
        QVERIFY(!BuildLogParser::parseStepBanner("STEP X: Completed at 2026-11-27 07:26:33 (UTC) Duration 00:00:01"));
        QCOMPARE(BuildLogParser::parseBeginBanner("BEGIN .lagoon.yml Validation"),
                 QStringLiteral(".lagoon.yml Validation"));
        QVERIFY(BuildLogParser::parseBeginBanner("BEGIN ").isEmpty());
        QVERIFY(!BuildLogParser::isHashLine("#####"));
    }
};

QTEST_GUILESS_MAIN(tst_BuildLogParser)
#include "tst_buildlogparser.moc"
