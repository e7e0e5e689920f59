// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/benchbudgets.h"

#include <algorithm>

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Lagoon {

namespace {

/** The value at a dotted path ("scroll.viewJump.p95Ms"); undefined when any step is missing. */
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

/** Reads numbers by path and remembers the first one that is missing. */
class Reader
{
public:
    explicit Reader(const QJsonObject &root) : m_root(root) {}

    double operator()(const QString &path)
    {
        const QJsonValue v = at(m_root, path);
        if (!v.isDouble() && m_missing.isEmpty())
            m_missing = u"no %1 in the JSON"_s.arg(path);
        return v.toDouble();
    }
    /** A contender's field from bench_validate's "contenders" array. */
    double contender(const QString &id, const QString &field)
    {
        const QJsonArray rows = m_root.value(u"contenders"_s).toArray();
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(u"id"_s).toString() == id)
                return row.toObject().value(field).toDouble();
        }
        if (m_missing.isEmpty())
            m_missing = u"no \"%1\" contender in the JSON"_s.arg(id);
        return 0;
    }
    QString missing() const { return m_missing; }

private:
    QJsonObject m_root;
    QString m_missing;
};

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0)) + u" ms"_s;
}

QString mb(double bytes)
{
    return QString::number(bytes / 1e6, 'f', 1) + u" MB"_s;
}

/** A latency budget's p95 beside the baseline's p95 from the same run. */
BudgetFigures p95Pair(const QJsonObject &o, const QString &ours, const QString &base, const QString &baseName)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(ours + u".p95Ms"_s);
    f.baseline = r(base + u".p95Ms"_s);
    const double p50 = r(ours + u".medianMs"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"p95 %1 (p50 %2, n=%3)"_s.arg(ms(f.measured), ms(p50)).arg(at(o, ours + u".runs"_s).toInt());
    f.baselineText = u"%1 p95 %2"_s.arg(baseName, ms(f.baseline));
    f.missing = r.missing();
    return f;
}

BudgetFigures validateRatio(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r.contender(u"load+validate"_s, u"medianMs"_s);
    f.baseline = r.contender(u"yaml-cpp"_s, u"medianMs"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"load+validate %1"_s.arg(ms(f.measured));
    f.baselineText = u"yaml-cpp parse %1"_s.arg(ms(f.baseline));
    f.missing = r.missing();
    return f;
}

BudgetFigures validateSpeedup(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r.contender(u"load+validate"_s, u"medianMs"_s);
    f.baseline = r.contender(u"docker-compose"_s, u"medianMs"_s);
    if (f.baseline <= 0 && r.missing().isEmpty())
        f.missing = u"docker-compose was not measured (not installed?)"_s;
    f.ratio = f.measured > 0 ? f.baseline / f.measured : 0;
    f.measuredText = u"load+validate %1"_s.arg(ms(f.measured));
    f.baselineText = u"docker-compose config -q %1"_s.arg(ms(f.baseline));
    if (f.missing.isEmpty())
        f.missing = r.missing();
    return f;
}

BudgetFigures keystroke(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(u"p95Ms"_s);
    f.baseline = r(u"validationP95Ms"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"p95 %1 (p50 %2, %3 lines)"_s.arg(ms(f.measured), ms(r(u"p50Ms"_s))).arg(at(o, u"lines"_s).toInt());
    f.baselineText = u"validation alone p95 %1"_s.arg(ms(f.baseline));
    f.missing = r.missing();
    return f;
}

BudgetFigures coldStart(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(u"app.wall.medianMs"_s);
    f.baseline = r(u"hello.wall.medianMs"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"p50 %1, p95 %2"_s.arg(ms(f.measured), ms(r(u"app.wall.p95Ms"_s)));
    f.baselineText = u"hello window p50 %1, p95 %2"_s.arg(ms(f.baseline), ms(r(u"hello.wall.p95Ms"_s)));
    f.missing = r.missing();
    return f;
}

BudgetFigures idleRss(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(u"idle.app.rssMedianBytes"_s);
    f.baseline = r(u"idle.hello.rssMedianBytes"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"VmRSS %1 (Pss %2)"_s.arg(mb(f.measured), mb(r(u"idle.app.pssMedianBytes"_s)));
    f.baselineText = u"hello window VmRSS %1"_s.arg(mb(f.baseline));
    f.missing = r.missing();
    return f;
}

BudgetFigures logIngest(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(u"ingestNsPerLine"_s);
    const double baseLines = r(u"baselineLines"_s);
    f.baseline = baseLines > 0 ? r(u"baselineMs"_s) * 1e6 / baseLines : 0;
    f.ratio = f.measured > 0 ? f.baseline / f.measured : 0;
    f.measuredText = u"LogStore %1 ns/line"_s.arg(f.measured, 0, 'f', 0);
    f.baselineText = u"QPlainTextEdit %1 ns/line"_s.arg(f.baseline, 0, 'f', 0);
    f.missing = r.missing();
    if (f.missing.isEmpty() && baseLines <= 0)
        f.missing = u"the QPlainTextEdit baseline was skipped"_s;
    return f;
}

BudgetFigures logMemory(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = r(u"storeMemoryBytes"_s);
    f.baseline = r(u"bytes"_s);
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    const double plainGrowth = at(o, u"baselineRssGrowthBytes"_s).toDouble();
    const double plainBytes = at(o, u"baselineBytes"_s).toDouble();
    f.measuredText = u"LogStore %1"_s.arg(mb(f.measured));
    f.baselineText = u"log %1"_s.arg(mb(f.baseline));
    if (plainBytes > 0)
        f.baselineText += u"; QPlainTextEdit %1×"_s.arg(plainGrowth / plainBytes, 0, 'f', 1);
    f.missing = r.missing();
    return f;
}

BudgetFigures logScrolling(const QJsonObject &o)
{
    Reader r(o);
    BudgetFigures f;
    f.measured = std::max({r(u"scroll.viewJump.p95Ms"_s), r(u"scroll.viewStep.p95Ms"_s), r(u"scroll.viewFollow.p95Ms"_s)});
    f.baseline = std::max(r(u"scroll.baselineJump.p95Ms"_s), r(u"scroll.baselineStep.p95Ms"_s));
    f.ratio = f.baseline > 0 ? f.measured / f.baseline : 0;
    f.measuredText = u"worst p95 frame %1 (jump/step/follow)"_s.arg(ms(f.measured));
    f.baselineText = u"QPlainTextEdit 100k lines %1"_s.arg(ms(f.baseline));
    f.missing = r.missing();
    return f;
}

} // namespace

QString BudgetLine::limitText() const
{
    switch (kind) {
    case Kind::MaxRatio:
        return u"≤ %1×"_s.arg(limit);
    case Kind::MinSpeedup:
        return u"≥ %1× faster"_s.arg(limit);
    case Kind::MaxMs:
        return u"p95 ≤ %1 ms"_s.arg(QString::number(limit, 'g', 3));
    case Kind::MaxBytes:
        return u"≤ %1"_s.arg(QString::number(limit / 1e6, 'f', 0) + u" MB"_s);
    }
    return {};
}

std::optional<bool> BudgetLine::inside(const BudgetFigures &figures) const
{
    if (!figures.missing.isEmpty())
        return std::nullopt;
    switch (kind) {
    case Kind::MaxRatio:
        return figures.ratio <= limit;
    case Kind::MinSpeedup:
        return figures.ratio >= limit;
    case Kind::MaxMs:
    case Kind::MaxBytes:
        return figures.measured <= limit;
    }
    return std::nullopt;
}

QString BudgetLine::ratioText(const BudgetFigures &figures) const
{
    if (!figures.missing.isEmpty() || figures.ratio <= 0)
        return {};
    const QString number = QString::number(figures.ratio, 'f', figures.ratio < 10 ? 2 : 0) + u"×"_s;
    return kind == Kind::MinSpeedup ? number + u" faster"_s : number;
}

QList<BudgetLine> BudgetLine::all()
{
    using K = Kind;
    const QString validate = u"validate a large project"_s;
    const QString start = u"cold start to first painted window"_s;
    const QString log = u"build log of 1,000,000 lines"_s;
    const QString server = u"server event → model/UI updated"_s;
    return {
        {u"validate-vs-yaml-cpp"_s, u"validate large project vs bare yaml-cpp parse"_s, u"bench_validate"_s, K::MaxRatio,
         1.5, validate, u"≤ 1.5× a bare yaml-cpp parse"_s, validateRatio},
        {u"validate-vs-docker-compose"_s, u"validate large project vs docker-compose config -q"_s, u"bench_validate"_s,
         K::MinSpeedup, 20, validate, u"≥ 20× faster than `docker-compose config -q`"_s, validateSpeedup},
        {u"keystroke-diagnostics"_s, u"keystroke → diagnostics, 3,000-line file"_s, u"bench_editor"_s, K::MaxMs, 16,
         u"keystroke → diagnostics updated"_s, u"p95 ≤ 16 ms"_s, keystroke},
        {u"cold-start"_s, u"cold start to first frame vs hello window"_s, u"bench_startup"_s, K::MaxRatio, 1.5, start,
         u"≤ 1.5× a bare Qt hello-window"_s, coldStart},
        {u"idle-rss"_s, u"idle RSS, example project open"_s, u"bench_startup"_s, K::MaxBytes, 100e6, start,
         u"idle RSS with a project open ≤ 100 MB"_s, idleRss},
        {u"log-ingest"_s, u"log ingest+index vs QPlainTextEdit"_s, u"bench_logview"_s, K::MinSpeedup, 10, log,
         u"ingest + index ≥ 10× faster than `QPlainTextEdit::appendPlainText`"_s, logIngest},
        {u"log-memory"_s, u"log memory / log size"_s, u"bench_logview"_s, K::MaxRatio, 1.5, log,
         u"memory ≤ 1.5× log size"_s, logMemory},
        // "Smooth" is read as every frame within one 60 Hz refresh.
        {u"log-scrolling"_s, u"log scrolling, frame time (smooth = 60 Hz)"_s, u"bench_logview"_s, K::MaxMs, 1000.0 / 60.0,
         log, u"scrolling stays smooth"_s, logScrolling},
        {u"server-event-model"_s, u"server event → model (DeploymentWatcher)"_s, u"bench_remote"_s, K::MaxMs, 50, server,
         u"p95 ≤ 50 ms"_s,
         [](const QJsonObject &o) { return p95Pair(o, u"model"_s, u"baseline"_s, u"bare QWebSocket"_s); }},
        {u"server-event-rollout"_s, u"server event → rollout view model"_s, u"bench_rollout"_s, K::MaxMs, 50, server,
         u"p95 ≤ 50 ms"_s,
         [](const QJsonObject &o) { return p95Pair(o, u"rollout"_s, u"baseline"_s, u"bare DeploymentWatcher"_s); }},
        {u"docker-event-model"_s, u"Docker event → local stack model"_s, u"bench_stack"_s, K::MaxMs, 100,
         u"Docker event → local stack model updated"_s, u"p95 ≤ 100 ms"_s,
         [](const QJsonObject &o) { return p95Pair(o, u"events.ours"_s, u"events.baseline"_s, u"bare /events reader"_s); }},
    };
}

} // namespace Lagoon
