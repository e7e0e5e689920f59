// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/logviewscrollbench.h"

#include <algorithm>
#include <memory>
#include <random>
#include <utility>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>

#include "core/rollout/logstore.h"

#include "widgets/rollout/logview.h"

#include "tests/bench/buildloggenerator.h"

using namespace Qt::StringLiterals;

namespace Lagoon {

namespace {

/** 60 frames a second. */
constexpr double FrameBudgetMs = 1000.0 / 60.0;
constexpr int WarmUpFrames = 5;

/** The byte offset after `lines` more line breaks from `from` (the text's end when it has fewer). */
qsizetype offsetAfterLines(const QByteArray &text, qsizetype from, qsizetype lines)
{
    qsizetype pos = from;
    for (qsizetype i = 0; i < lines && pos < text.size(); ++i) {
        const qsizetype end = text.indexOf('\n', pos);
        pos = end < 0 ? text.size() : end + 1;
    }
    return pos;
}

ScrollFrames framesOf(const QList<BenchSample> &samples)
{
    ScrollFrames frames;
    frames.summary = BenchSummary::of(samples);
    QList<BenchSample> cpu;
    cpu.reserve(samples.size());
    for (const BenchSample &sample : samples)
        cpu.append(BenchSample{sample.userCpuMs + sample.systemCpuMs, sample.userCpuMs, sample.systemCpuMs});
    frames.cpu = BenchSummary::of(cpu);
    frames.overBudget = int(std::count_if(samples.cbegin(), samples.cend(),
                                          [](const BenchSample &sample) { return sample.wallMs > FrameBudgetMs; }));
    return frames;
}

/**
 * `count` frames: move(i) (a scroll bar value change, or whatever the frame does first) and a
 * render() of the whole widget into `image`, timed together.
 */
template <typename Move> QList<BenchSample> timeFrames(QWidget *widget, QImage &image, int count, Move move)
{
    QList<BenchSample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        BenchStopwatch watch;
        move(i);
        widget->render(&image);
        samples.append(watch.lap());
    }
    return samples;
}

/** `count` random values of [0, max], the same for the same seed. */
QList<int> randomPositions(int count, int max, quint64 seed)
{
    std::mt19937_64 random(seed);
    QList<int> positions;
    positions.reserve(count);
    for (int i = 0; i < count; ++i)
        positions.append(int(random() % quint64(max + 1)));
    return positions;
}

/** A widget as a window would hold it (sized and laid out, but not on screen) and an image for its frames. */
QImage prepare(QWidget *widget, QSize size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
    QCoreApplication::processEvents();
    const qreal dpr = widget->devicePixelRatio();
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    return image;
}

void warmUp(QWidget *widget, QImage &image, QScrollBar *vertical)
{
    for (int i = 0; i < WarmUpFrames; ++i) {
        vertical->setValue(vertical->maximum() / WarmUpFrames * i);
        widget->render(&image);
    }
}

QString frameLine(const ScrollFrames &frames)
{
    return u"p50 %1 ms, p95 %2 ms, max %3 ms, %4 of %5 over %6 ms (CPU p50 %7, p95 %8, max %9 ms)"_s
        .arg(frames.summary.medianMs, 0, 'f', 2)
        .arg(frames.summary.p95Ms, 0, 'f', 2)
        .arg(frames.summary.maxMs, 0, 'f', 2)
        .arg(frames.overBudget)
        .arg(frames.summary.runs)
        .arg(FrameBudgetMs, 0, 'f', 1)
        .arg(frames.cpu.medianMs, 0, 'f', 2)
        .arg(frames.cpu.p95Ms, 0, 'f', 2)
        .arg(frames.cpu.maxMs, 0, 'f', 2);
}

double ratio(double baseline, double view)
{
    return view > 0 ? baseline / view : 0;
}

} // namespace

QJsonObject ScrollFrames::toJson() const
{
    QJsonObject out = summary.toJson();
    out.insert(u"overBudget"_s, overBudget);
    out.insert(u"cpu"_s, cpu.toJson());
    return out;
}

LogViewScrollResult LogViewScrollBench::run(const GeneratedBuildLog &log, const Options &options)
{
    LogViewScrollResult result;
    result.size = options.size;
    result.jumps = options.jumps;
    result.steps = options.steps;
    result.stepLines = options.stepLines;
    result.followFrames = options.followFrames;
    result.followLinesPerFrame = options.followLinesPerFrame;

    // The view over the whole log. The store outlives the view, which does not own it.
    {
        LogStore store;
        store.append(log.text);
        store.finishPartialLine();
        result.viewLines = store.lineCount();
        auto view = std::make_unique<LogView>();
        QImage image = prepare(view.get(), options.size);
        view->setStore(&store);
        QScrollBar *vertical = view->verticalScrollBar();
        result.viewRows = view->viewport()->height() / view->rowHeight();
        warmUp(view.get(), image, vertical);

        const QList<int> positions = randomPositions(options.jumps, vertical->maximum(), options.seed);
        result.viewJump =
            framesOf(timeFrames(view.get(), image, options.jumps, [&](int i) { vertical->setValue(positions.at(i)); }));
        if (view->firstVisibleLine() != positions.constLast() || view->lastPaintedLine() < positions.constLast())
            result.error =
                u"the view shows line %1 after a jump to %2"_s.arg(view->firstVisibleLine()).arg(positions.constLast());

        const int middle = vertical->maximum() / 2;
        vertical->setValue(middle);
        view->render(&image);
        result.viewStep = framesOf(timeFrames(view.get(), image, options.steps,
                                              [&](int) { vertical->setValue(vertical->value() + options.stepLines); }));
        if (view->firstVisibleLine() != middle + qsizetype(options.steps) * options.stepLines)
            result.error = u"the view shows line %1 after stepping"_s.arg(view->firstVisibleLine());

        // Following a build: the producer appends whole lines (the log's own, from its start) and
        // tells the view, whose catch-up (run by a ~30 Hz timer in the app) happens here right away
        // through setFollowing(true), which is the same catchUp(); then the frame is painted.
        QList<std::pair<qsizetype, qsizetype>> chunks;
        for (qsizetype start = 0; chunks.size() < options.followFrames;) {
            if (start >= log.text.size())
                start = 0; // a log shorter than what is appended comes round again
            const qsizetype end = offsetAfterLines(log.text, start, options.followLinesPerFrame);
            chunks.append({start, end});
            start = end;
        }
        view->setFollowing(true);
        view->render(&image);
        QList<BenchSample> follow, paint;
        follow.reserve(options.followFrames);
        paint.reserve(options.followFrames);
        for (int i = 0; i < options.followFrames && result.error.isEmpty(); ++i) {
            BenchStopwatch watch;
            const auto [start, end] = chunks.at(i);
            store.append(QByteArrayView(log.text).sliced(start, end - start));
            view->linesAppended();
            view->setFollowing(true);
            BenchSample frame = watch.lap();
            view->render(&image);
            paint.append(watch.lap());
            frame += paint.constLast();
            follow.append(frame);
            if (view->lastPaintedLine() != store.lineCount() - 1 || !view->isFollowing())
                result.error = u"following, the view painted up to line %1 of %2"_s.arg(view->lastPaintedLine())
                                   .arg(store.lineCount());
        }
        result.viewFollow = framesOf(follow);
        result.viewFollowPaint = BenchSummary::of(paint);
        result.viewLinesAtEnd = store.lineCount();
        view.reset();
    }

    if (options.baselineLines <= 0 || !result.error.isEmpty())
        return result;

    // The baseline: a QPlainTextEdit with its default settings (it wraps at its width) and the
    // view's font, so both show about the same rows, holding the first lines of the log.
    // It is filled before it is shown: shown, appendPlainText() takes about five times as long.
    auto edit = std::make_unique<QPlainTextEdit>();
    edit->setFont(LogView().font());
    edit->resize(options.size);
    QElapsedTimer fill;
    fill.start();
    qsizetype pos = 0;
    while (result.baselineLines < options.baselineLines && pos < log.text.size()) {
        const qsizetype end = log.text.indexOf('\n', pos);
        edit->appendPlainText(QString::fromUtf8(QByteArrayView(log.text).sliced(pos, end - pos)));
        result.baselineBytes += end - pos;
        result.baselineLongest = std::max(result.baselineLongest, end - pos);
        pos = end + 1;
        ++result.baselineLines;
    }
    result.baselineFillMs = double(fill.nsecsElapsed()) / 1e6;
    QImage image = prepare(edit.get(), options.size);
    QScrollBar *vertical = edit->verticalScrollBar();
    result.baselineRows = edit->viewport()->height() / QFontMetrics(edit->font()).lineSpacing();
    warmUp(edit.get(), image, vertical);

    const QList<int> positions = randomPositions(options.jumps, vertical->maximum(), options.seed);
    result.baselineJump =
        framesOf(timeFrames(edit.get(), image, options.jumps, [&](int i) { vertical->setValue(positions.at(i)); }));
    vertical->setValue(vertical->maximum() / 2);
    edit->render(&image);
    result.baselineStep = framesOf(timeFrames(edit.get(), image, options.steps,
                                              [&](int) { vertical->setValue(vertical->value() + options.stepLines); }));
    return result;
}

QStringList LogViewScrollResult::describe() const
{
    QStringList out;
    out << u"  (e) scrolling: frames rendered with QWidget::render() (the real paintEvent) into a %1×%2 image; "
           u"60 fps budget %3 ms a frame"_s.arg(size.width())
               .arg(size.height())
               .arg(FrameBudgetMs, 0, 'f', 1);
    out << u"      LogView over the whole log (%1 lines, %2 rows on screen):"_s.arg(viewLines).arg(viewRows);
    out << u"        %1 random jumps: %2"_s.arg(jumps).arg(frameLine(viewJump));
    out << u"        %1 steps of %2 lines from the middle: %3"_s.arg(steps).arg(stepLines).arg(frameLine(viewStep));
    out << u"        following, %1 frames each appending %2 lines (append + catch-up + paint): %3"_s.arg(followFrames)
               .arg(followLinesPerFrame)
               .arg(frameLine(viewFollow));
    out << u"          paint alone p50 %1 ms, p95 %2 ms, max %3 ms; %4 lines at the end"_s
               .arg(viewFollowPaint.medianMs, 0, 'f', 2)
               .arg(viewFollowPaint.p95Ms, 0, 'f', 2)
               .arg(viewFollowPaint.maxMs, 0, 'f', 2)
               .arg(viewLinesAtEnd);
    if (baselineLines > 0) {
        out << u"      QPlainTextEdit (default settings, wrapping; the LogView's font) holding the first %1 lines "
               u"(%2 MiB, longest %3 bytes; appendPlainText %4 s), %5 rows on screen:"_s.arg(baselineLines)
                   .arg(double(baselineBytes) / 1024.0 / 1024.0, 0, 'f', 1)
                   .arg(baselineLongest)
                   .arg(baselineFillMs / 1000.0, 0, 'f', 1)
                   .arg(baselineRows);
        out << u"        %1 random jumps: %2"_s.arg(jumps).arg(frameLine(baselineJump));
        out << u"        %1 steps of %2 lines from the middle: %3"_s.arg(steps).arg(stepLines).arg(
            frameLine(baselineStep));
        out << u"      per frame, QPlainTextEdit (%1 lines) / LogView (%2 lines): jumps p50 %3×, p95 %4×; "
               u"steps p50 %5×, p95 %6×"_s.arg(baselineLines)
                   .arg(viewLines)
                   .arg(ratio(baselineJump.summary.medianMs, viewJump.summary.medianMs), 0, 'f', 1)
                   .arg(ratio(baselineJump.summary.p95Ms, viewJump.summary.p95Ms), 0, 'f', 1)
                   .arg(ratio(baselineStep.summary.medianMs, viewStep.summary.medianMs), 0, 'f', 1)
                   .arg(ratio(baselineStep.summary.p95Ms, viewStep.summary.p95Ms), 0, 'f', 1);
    } else {
        out << u"      QPlainTextEdit baseline skipped"_s;
    }
    if (!error.isEmpty())
        out << u"WRONG: "_s + error;
    return out;
}

QJsonObject LogViewScrollResult::toJson() const
{
    return QJsonObject{{u"width"_s, size.width()},
                       {u"height"_s, size.height()},
                       {u"frameBudgetMs"_s, FrameBudgetMs},
                       {u"viewLines"_s, double(viewLines)},
                       {u"viewRows"_s, viewRows},
                       {u"jumps"_s, jumps},
                       {u"steps"_s, steps},
                       {u"stepLines"_s, stepLines},
                       {u"viewJump"_s, viewJump.toJson()},
                       {u"viewStep"_s, viewStep.toJson()},
                       {u"followFrames"_s, followFrames},
                       {u"followLinesPerFrame"_s, double(followLinesPerFrame)},
                       {u"viewFollow"_s, viewFollow.toJson()},
                       {u"viewFollowPaint"_s, viewFollowPaint.toJson()},
                       {u"baselineLines"_s, double(baselineLines)},
                       {u"baselineBytes"_s, double(baselineBytes)},
                       {u"baselineRows"_s, baselineRows},
                       {u"baselineLongestLine"_s, double(baselineLongest)},
                       {u"baselineFillMs"_s, baselineFillMs},
                       {u"baselineJump"_s, baselineJump.toJson()},
                       {u"baselineStep"_s, baselineStep.toJson()}};
}

} // namespace Lagoon
