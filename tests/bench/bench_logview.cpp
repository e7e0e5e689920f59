// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_logview: the "build log of 1,000,000 lines / ~100 MB" budget of shared/design/architecture.md:
// ingest + index ≥ 10× faster than QPlainTextEdit::appendPlainText, memory ≤ 1.5× the log's size.
// One invocation generates the log in memory, feeds it to a LogStore in 64 KiB pieces as the
// network delivers it (N runs, p50), appends the same lines to a hidden QPlainTextEdit with its
// default settings (the baseline, once: it is slow), compares the per-line rates, measures the
// memory of both (their own figure and the process's RSS growth) and times a search over the whole
// log. Then it times the frames of a LogView scrolling and following the whole log beside a
// QPlainTextEdit holding its first 100,000 lines (logviewscrollbench.cpp). Timings are reported,
// never asserted; exit code 1 only when the store reads back wrong or the view paints the wrong lines.

#include <algorithm>
#include <cstdio>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTextDocument>

#include "core/rollout/logstore.h"

#include "tests/bench/benchmeasure.h"
#include "tests/bench/buildloggenerator.h"
#include "tests/bench/logviewscrollbench.h"

using namespace Lagoon;

namespace {

constexpr double BudgetSpeedup = 10.0;
constexpr double BudgetMemory = 1.5;
constexpr qsizetype NetworkPiece = 64 * 1024;
constexpr qsizetype Mi = 1024 * 1024;
// The baseline's first slice; the rest only when the whole million would fit in this time.
constexpr qsizetype BaselineSliceLines = 100'000;
constexpr double BaselineMaxSeconds = 180.0;

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

/** A field of /proc/self/status ("VmRSS", "VmHWM") in bytes; 0 when unreadable. */
qsizetype procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

/** Gives freed heap back to the system, so an RSS difference measures only what came after. */
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString mb(qsizetype bytes)
{
    return QString::number(double(bytes) / double(Mi), 'f', 1) + QStringLiteral(" MiB");
}

void feed(LogStore &store, QByteArrayView text)
{
    for (qsizetype pos = 0; pos < text.size(); pos += NetworkPiece)
        store.append(text.sliced(pos, std::min(NetworkPiece, text.size() - pos)));
    store.finishPartialLine();
}

/** The byte offset where line `line` starts (after `line` line breaks). */
qsizetype offsetOfLine(const QByteArray &text, qsizetype line)
{
    qsizetype pos = 0;
    for (qsizetype i = 0; i < line && pos >= 0; ++i) {
        pos = text.indexOf('\n', pos);
        pos = pos < 0 ? -1 : pos + 1;
    }
    return pos < 0 ? text.size() : pos;
}

/** Whether the store holds exactly the generated log; says what differs when not. */
bool checkStore(const LogStore &store, const GeneratedBuildLog &log)
{
    if (store.lineCount() != log.lines || store.byteSize() != log.text.size() - log.lines ||
        store.longestLine() != log.longestLine) {
        say(QStringLiteral("WRONG: %1 lines, %2 bytes, longest %3; generated %4 lines, %5 bytes, longest %6")
                .arg(store.lineCount())
                .arg(store.byteSize())
                .arg(store.longestLine())
                .arg(log.lines)
                .arg(log.text.size() - log.lines)
                .arg(log.longestLine));
        return false;
    }
    // Walk the text once and compare every line.
    qsizetype pos = 0;
    for (qsizetype i = 0; i < log.lines; ++i) {
        const qsizetype end = log.text.indexOf('\n', pos);
        if (store.line(i) != QByteArrayView(log.text).sliced(pos, end - pos)) {
            say(QStringLiteral("WRONG: line %1 differs").arg(i));
            return false;
        }
        pos = end + 1;
    }
    return true;
}

struct BaselineResult
{
    qsizetype lines = 0;
    qsizetype bytes = 0;
    double ms = 0;
    double cpuMs = 0;
    qsizetype rssGrowth = 0;
    int blocks = 0;
};

/**
 * appendPlainText() of the log's lines into a hidden QPlainTextEdit with its default settings:
 * the first BaselineSliceLines, then the rest only if the projected total stays within
 * BaselineMaxSeconds. The QString conversion of each line is part of it: the widget needs one.
 */
BaselineResult runBaseline(const GeneratedBuildLog &log)
{
    BaselineResult result;
    releaseFreedMemory();
    const qsizetype rssBefore = procStatus("VmRSS");
    auto *edit = new QPlainTextEdit;
    QElapsedTimer timer;
    timer.start();
    BenchStopwatch watch;
    qsizetype pos = 0;
    qsizetype limit = std::min(BaselineSliceLines, log.lines);
    while (result.lines < limit) {
        const qsizetype end = log.text.indexOf('\n', pos);
        edit->appendPlainText(QString::fromUtf8(QByteArrayView(log.text).sliced(pos, end - pos)));
        result.bytes += end - pos;
        pos = end + 1;
        ++result.lines;
        if (result.lines == limit && limit < log.lines) {
            const double projected = double(timer.nsecsElapsed()) / 1e9 * double(log.lines) / double(result.lines);
            if (projected <= BaselineMaxSeconds)
                limit = log.lines;
            say(QStringLiteral("  baseline: %1 lines in %2 s; the whole log would take ~%3 s: %4")
                    .arg(result.lines)
                    .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1)
                    .arg(projected, 0, 'f', 0)
                    .arg(limit == log.lines ? QStringLiteral("going on") : QStringLiteral("stopping here")));
        }
    }
    const BenchSample sample = watch.lap();
    result.ms = sample.wallMs;
    result.cpuMs = sample.userCpuMs + sample.systemCpuMs;
    result.rssGrowth = procStatus("VmRSS") - rssBefore;
    result.blocks = edit->document()->blockCount();
    delete edit;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines of the generated log."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed LogStore runs."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the results to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption noBaseline(QStringLiteral("skip-baseline"), QStringLiteral("Do not run QPlainTextEdit."));
    const QCommandLineOption noScroll(QStringLiteral("skip-scroll"), QStringLiteral("Do not time scrolling."));
    parser.addOptions({linesOption, runsOption, json, noBaseline, noScroll});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const qsizetype rssAtStart = procStatus("VmRSS");
    QElapsedTimer generation;
    generation.start();
    const GeneratedBuildLog log =
        BuildLogGenerator::generate(std::max<qsizetype>(100, parser.value(linesOption).toLongLong()));
    const auto load = benchLoadAverage();
    say(QStringLiteral("bench_logview: %1 lines, %2 (%3 bytes/line), %4 lines of ~100 KB, longest %5 bytes; generated "
                       "in %6 s; load %7")
            .arg(log.lines)
            .arg(mb(log.text.size()))
            .arg(double(log.text.size()) / double(log.lines), 0, 'f', 1)
            .arg(log.longLines)
            .arg(log.longestLine)
            .arg(double(generation.nsecsElapsed()) / 1e9, 0, 'f', 1)
            .arg(load[0], 0, 'f', 2));

    // (c) Memory first, in a fresh process, before timed runs leave freed memory behind.
    releaseFreedMemory();
    const qsizetype rssBeforeStore = procStatus("VmRSS");
    auto store = std::make_unique<LogStore>();
    feed(*store, log.text);
    const qsizetype storeRssGrowth = procStatus("VmRSS") - rssBeforeStore;
    const qsizetype storeMemory = store->memoryUsage();
    if (!checkStore(*store, log))
        return 1;

    // (a) Ingest + index, N fresh stores.
    QList<BenchSample> ingest;
    for (int i = 0; i < runs; ++i) {
        LogStore timed;
        BenchStopwatch watch;
        feed(timed, log.text);
        ingest.append(watch.lap());
        if (timed.lineCount() != log.lines) {
            say(QStringLiteral("WRONG: run %1 has %2 lines").arg(i).arg(timed.lineCount()));
            return 1;
        }
    }
    const BenchSummary ingestSummary = BenchSummary::of(ingest);

    // (d) Search: a case-insensitive word on coloured lines, and a case-sensitive one.
    QList<BenchSample> searchWarn, searchDrush;
    qsizetype warnCount = 0, drushCount = 0;
    for (int i = 0; i < runs; ++i) {
        BenchStopwatch watch;
        warnCount = qsizetype(store->findAll(u"warn", Qt::CaseInsensitive).size());
        searchWarn.append(watch.lap());
        drushCount = qsizetype(store->findAll(u"drush/drush", Qt::CaseSensitive).size());
        searchDrush.append(watch.lap());
    }
    if (warnCount != log.warnLines) {
        say(QStringLiteral("WRONG: \"warn\" found %1 times, the log has %2").arg(warnCount).arg(log.warnLines));
        return 1;
    }
    const BenchSummary warnSummary = BenchSummary::of(searchWarn);
    const BenchSummary drushSummary = BenchSummary::of(searchDrush);

    // (b) The baseline, and the store on exactly the lines the baseline took, for a like-for-like rate.
    const qsizetype storeRss = procStatus("VmRSS");
    store.reset();
    BaselineResult baseline;
    BenchSummary sameLinesSummary;
    if (!parser.isSet(noBaseline)) {
        say(QStringLiteral("  running the QPlainTextEdit baseline (hidden, default settings)…"));
        baseline = runBaseline(log);
        const QByteArrayView slice = QByteArrayView(log.text).first(offsetOfLine(log.text, baseline.lines));
        QList<BenchSample> same;
        for (int i = 0; i < runs; ++i) {
            LogStore timed;
            BenchStopwatch watch;
            feed(timed, slice);
            same.append(watch.lap());
        }
        sameLinesSummary = BenchSummary::of(same);
    }
    const qsizetype hwm = procStatus("VmHWM");

    // (e) Scrolling, last: it builds its own store and widgets.
    LogViewScrollResult scroll;
    if (!parser.isSet(noScroll)) {
        say(QStringLiteral("  timing scrolling (LogView, then the QPlainTextEdit baseline)…"));
        LogViewScrollBench::Options options;
        if (parser.isSet(noBaseline))
            options.baselineLines = 0;
        scroll = LogViewScrollBench::run(log, options);
    }

    const double storeNsPerLine = ingestSummary.medianMs * 1e6 / double(log.lines);
    const double storeMBps = double(log.text.size()) / double(Mi) / (ingestSummary.medianMs / 1000.0);
    const double memoryRatio = double(storeMemory) / double(log.text.size());
    const double rssRatio = double(storeRssGrowth) / double(log.text.size());
    say(QStringLiteral(
            "  (a) LogStore ingest + index, %1 runs, 64 KiB pieces: p50 %2 ms (min %3, max %4) = %5 ns/line, %6 MiB/s")
            .arg(runs)
            .arg(ingestSummary.medianMs, 0, 'f', 1)
            .arg(ingestSummary.minMs, 0, 'f', 1)
            .arg(ingestSummary.maxMs, 0, 'f', 1)
            .arg(storeNsPerLine, 0, 'f', 1)
            .arg(storeMBps, 0, 'f', 0));
    double speedup = 0;
    double sameLinesSpeedup = 0;
    if (baseline.lines > 0) {
        const double baselineNsPerLine = baseline.ms * 1e6 / double(baseline.lines);
        speedup = baselineNsPerLine / storeNsPerLine;
        sameLinesSpeedup = baseline.ms / sameLinesSummary.medianMs;
        say(QStringLiteral("  (b) QPlainTextEdit::appendPlainText, %1 of the %2 lines (%3), once: %4 ms = %5 ns/line "
                           "(CPU %6 ms); %7 blocks")
                .arg(baseline.lines)
                .arg(log.lines)
                .arg(mb(baseline.bytes))
                .arg(baseline.ms, 0, 'f', 0)
                .arg(baselineNsPerLine, 0, 'f', 0)
                .arg(baseline.cpuMs, 0, 'f', 0)
                .arg(baseline.blocks));
        say(QStringLiteral("      LogStore on the same %1 lines: p50 %2 ms; speedup on those lines %3×")
                .arg(baseline.lines)
                .arg(sameLinesSummary.medianMs, 0, 'f', 1)
                .arg(sameLinesSpeedup, 0, 'f', 0));
        const double storeCpuNsPerLine =
            (ingestSummary.userCpuMedianMs + ingestSummary.systemCpuMedianMs) * 1e6 / double(log.lines);
        say(QStringLiteral(
                "      per-line rate, LogStore (whole log) vs QPlainTextEdit: %1× wall, %2× CPU (budget ≥ %3×: %4)")
                .arg(speedup, 0, 'f', 0)
                .arg(baseline.cpuMs * 1e6 / double(baseline.lines) / storeCpuNsPerLine, 0, 'f', 0)
                .arg(BudgetSpeedup, 0, 'f', 0)
                .arg(speedup >= BudgetSpeedup ? QStringLiteral("within") : QStringLiteral("OVER")));
    } else {
        say(QStringLiteral("  (b) baseline skipped (--skip-baseline)"));
    }
    say(QStringLiteral("  (c) LogStore memoryUsage() %1 = %2× the log (budget ≤ %3×: %4); RSS growth %5 = %6×")
            .arg(mb(storeMemory))
            .arg(memoryRatio, 0, 'f', 3)
            .arg(BudgetMemory, 0, 'f', 1)
            .arg(memoryRatio <= BudgetMemory ? QStringLiteral("within") : QStringLiteral("OVER"))
            .arg(mb(storeRssGrowth))
            .arg(rssRatio, 0, 'f', 3));
    if (baseline.lines > 0) {
        say(QStringLiteral("      QPlainTextEdit RSS growth %1 for the %2 it held = %3×")
                .arg(mb(baseline.rssGrowth))
                .arg(mb(baseline.bytes))
                .arg(double(baseline.rssGrowth) / double(baseline.bytes), 0, 'f', 2));
    }
    say(QStringLiteral("      process: RSS %1 at start, %2 with the generated log and the store; peak (VmHWM) %3")
            .arg(mb(rssAtStart), mb(storeRss), mb(hwm)));
    say(QStringLiteral("  (d) findAll(\"warn\", case-insensitive) over the whole log: p50 %1 ms, %2 matches")
            .arg(warnSummary.medianMs, 0, 'f', 1)
            .arg(warnCount));
    say(QStringLiteral("      findAll(\"drush/drush\", case-sensitive): p50 %1 ms, %2 matches")
            .arg(drushSummary.medianMs, 0, 'f', 1)
            .arg(drushCount));
    if (!parser.isSet(noScroll)) {
        for (const QString &line : scroll.describe())
            say(line);
        if (!scroll.error.isEmpty())
            return 1;
    }

    if (parser.isSet(json)) {
        QJsonObject out{{QStringLiteral("lines"), double(log.lines)},
                        {QStringLiteral("bytes"), double(log.text.size())},
                        {QStringLiteral("ingest"), ingestSummary.toJson()},
                        {QStringLiteral("ingestNsPerLine"), storeNsPerLine},
                        {QStringLiteral("baselineLines"), double(baseline.lines)},
                        {QStringLiteral("baselineMs"), baseline.ms},
                        {QStringLiteral("baselineCpuMs"), baseline.cpuMs},
                        {QStringLiteral("storeOnBaselineLines"), sameLinesSummary.toJson()},
                        {QStringLiteral("speedupPerLine"), speedup},
                        {QStringLiteral("speedupOnBaselineLines"), sameLinesSpeedup},
                        {QStringLiteral("budgetSpeedup"), BudgetSpeedup},
                        {QStringLiteral("storeMemoryBytes"), double(storeMemory)},
                        {QStringLiteral("storeMemoryRatio"), memoryRatio},
                        {QStringLiteral("storeRssGrowthBytes"), double(storeRssGrowth)},
                        {QStringLiteral("baselineRssGrowthBytes"), double(baseline.rssGrowth)},
                        {QStringLiteral("baselineBytes"), double(baseline.bytes)},
                        {QStringLiteral("budgetMemoryRatio"), BudgetMemory},
                        {QStringLiteral("vmHwmBytes"), double(hwm)},
                        {QStringLiteral("searchWarn"), warnSummary.toJson()},
                        {QStringLiteral("searchWarnMatches"), double(warnCount)},
                        {QStringLiteral("searchDrush"), drushSummary.toJson()},
                        {QStringLiteral("searchDrushMatches"), double(drushCount)},
                        {QStringLiteral("load1"), load[0]}};
        if (!parser.isSet(noScroll))
            out.insert(QStringLiteral("scroll"), scroll.toJson());
        QFile f(parser.value(json));
        if (!f.open(QIODevice::WriteOnly)) {
            say(QStringLiteral("cannot write ") + parser.value(json));
            return 2;
        }
        f.write(QJsonDocument(out).toJson());
    }
    return 0;
}
