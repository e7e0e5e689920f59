// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include "tests/bench/benchmeasure.h"

namespace Lagoon {

struct GeneratedBuildLog;

/** The frames of one scrolling pattern: per-frame wall time, and how many missed the 60 fps budget. */
struct ScrollFrames
{
    BenchSummary summary;
    BenchSummary cpu; ///< the CPU time of the same frames (user + system): wall time less the waiting on a busy machine
    int overBudget = 0; ///< frames whose wall time passed 1/60 s

    QJsonObject toJson() const;
};

/** What LogViewScrollBench measured; describe() gives the lines bench_logview prints. */
struct LogViewScrollResult
{
    QSize size;
    qsizetype viewLines = 0;
    int viewRows = 0;
    ScrollFrames viewJump;
    ScrollFrames viewStep;
    ScrollFrames viewFollow;
    BenchSummary viewFollowPaint; ///< the render() part of the follow frames alone
    int followFrames = 0;
    qsizetype followLinesPerFrame = 0;
    qsizetype viewLinesAtEnd = 0;

    qsizetype baselineLines = 0; ///< 0: no baseline
    qsizetype baselineBytes = 0;
    qsizetype baselineLongest = 0;
    int baselineRows = 0;
    double baselineFillMs = 0;
    ScrollFrames baselineJump;
    ScrollFrames baselineStep;

    int jumps = 0;
    int steps = 0;
    int stepLines = 0;
    QString error; ///< not empty: the view did not paint what it should have

    QStringList describe() const;
    QJsonObject toJson() const;
};

/**
 * Scrolling a million-line log: frames of a Lagoon::LogView over a LogStore holding the whole
 * generated log, rendered into a QImage with render() (the real paintEvent, as grab() runs it,
 * into one reused image), at random scroll positions (jump), in consecutive wheel-sized steps
 * from the middle, and while following a build that appends lines every frame; beside it a
 * QPlainTextEdit of the same size holding the log's first lines, doing the same jumps and steps.
 * Needs a QApplication (the offscreen platform is fine).
 */
class LogViewScrollBench final
{
public:
    struct Options
    {
        QSize size{1100, 700};
        int jumps = 200;
        int steps = 500;
        int stepLines = 3; ///< one wheel notch
        int followFrames = 300;
        qsizetype followLinesPerFrame = 1000;
        qsizetype baselineLines = 100'000; ///< 0: no QPlainTextEdit
        quint64 seed = 7;
    };

    static LogViewScrollResult run(const GeneratedBuildLog &log, const Options &options);
};

} // namespace Lagoon
