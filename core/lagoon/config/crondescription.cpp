// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/crondescription.h"

#include <set>

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include "core/lagoon/config/lagooncron.h"

namespace Lagoon {

namespace {

struct Bounds
{
    int min;
    int max;
    int period() const { return max - min + 1; }
};

constexpr Bounds MinuteBounds{0, 59};
constexpr Bounds HourBounds{0, 23};
constexpr Bounds DayBounds{1, 31};
constexpr Bounds MonthBounds{1, 12};
constexpr Bounds WeekdayBounds{0, 6};

const char *const MonthAbbreviations[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const WeekdayAbbreviations[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

QString monthName(int month)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "January"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "February"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "March"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "April"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "May"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "June"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "July"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "August"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "September"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "October"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "November"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "December"),
    };
    return QCoreApplication::translate("Lagoon::CronDescription", names[(month - 1) % 12]);
}

QString weekdayName(int day)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Sunday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Monday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Tuesday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Wednesday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Thursday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Friday"),
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "Saturday"),
    };
    return QCoreApplication::translate("Lagoon::CronDescription", names[day % 7]);
}

int parseValue(const QString &text, const char *const *names, int nameCount, int namesOffset)
{
    const QString lower = text.toLower();
    for (int i = 0; i < nameCount; ++i) {
        if (lower == QLatin1String(names[i]))
            return i + namesOffset;
    }
    return text.toInt();
}

// The values a standard cron field matches (the field is already known to be valid).
QList<int> fieldValues(const QString &field, Bounds bounds, const char *const *names = nullptr, int nameCount = 0,
                       int namesOffset = 0)
{
    std::set<int> values;
    for (const QString &item : field.split(QLatin1Char(','))) {
        const QStringList rangeAndStep = item.split(QLatin1Char('/'));
        const QString range = rangeAndStep.first();
        const int step = rangeAndStep.size() == 2 ? std::max(1, rangeAndStep.at(1).toInt()) : 1;
        int low = bounds.min;
        int high = bounds.max;
        if (range != QLatin1String("*") && range != QLatin1String("?")) {
            const QStringList lowAndHigh = range.split(QLatin1Char('-'));
            low = parseValue(lowAndHigh.first(), names, nameCount, namesOffset);
            if (lowAndHigh.size() == 2)
                high = parseValue(lowAndHigh.at(1), names, nameCount, namesOffset);
            else if (rangeAndStep.size() == 1)
                high = low;
        }
        for (int v = low; v <= high; v += step)
            values.insert(v);
    }
    return QList<int>(values.begin(), values.end());
}

bool isFull(const QList<int> &values, Bounds bounds)
{
    return values.size() == bounds.period();
}

// start, start+step, ... through the whole range, with a step that divides the period evenly:
// what "*/15" or Lagoon's "M/15" produce.
bool isStepSeries(const QList<int> &values, Bounds bounds, int *start, int *step)
{
    if (values.size() < 2)
        return false;
    const int s = values.at(1) - values.at(0);
    for (qsizetype i = 2; i < values.size(); ++i) {
        if (values.at(i) - values.at(i - 1) != s)
            return false;
    }
    if (s < 2 || values.first() - bounds.min >= s || values.last() + s <= bounds.max || bounds.period() % s != 0)
        return false;
    *start = values.first();
    *step = s;
    return true;
}

QString joinAnd(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return CronDescription::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

QList<std::pair<int, int>> runsOf(const QList<int> &values)
{
    QList<std::pair<int, int>> runs;
    for (const int v : values) {
        if (!runs.isEmpty() && runs.last().second == v - 1)
            runs.last().second = v;
        else
            runs.append({v, v});
    }
    return runs;
}

// "1, 3 and 9 through 17": runs of three or more become ranges.
template <typename Name> QString describeRuns(const QList<int> &values, Name name, const char *rangeText)
{
    QStringList parts;
    for (const auto &[from, to] : runsOf(values)) {
        if (to - from >= 2) {
            parts << QCoreApplication::translate("Lagoon::CronDescription", rangeText).arg(name(from), name(to));
        } else {
            for (int v = from; v <= to; ++v)
                parts << name(v);
        }
    }
    return joinAnd(parts);
}

QString numbers(const QList<int> &values)
{
    return describeRuns(
        values, [](int v) -> QString { return QString::number(v); },
        QT_TRANSLATE_NOOP("Lagoon::CronDescription", "%1 through %2"));
}

QString clock(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

struct MinutePhrase
{
    QString text;
    bool at = false; ///< names particular minutes ("At minute 5"), so hours follow with "past"
};

MinutePhrase minutePhrase(const QList<int> &minutes)
{
    if (isFull(minutes, MinuteBounds))
        return {CronDescription::tr("Every minute"), false};
    int start = 0;
    int step = 0;
    const bool series = isStepSeries(minutes, MinuteBounds, &start, &step);
    if (series && start == 0)
        return {CronDescription::tr("Every %n minutes", nullptr, step), false};
    if (minutes.size() == 1)
        return {CronDescription::tr("At minute %1").arg(minutes.first()), true};
    if (minutes.size() <= 6) {
        QStringList list;
        for (const int m : minutes)
            list << QString::number(m);
        return {CronDescription::tr("At minutes %1").arg(joinAnd(list)), true};
    }
    if (series)
        return {CronDescription::tr("Every %n minutes, starting at minute %1", nullptr, step).arg(start), false};
    if (const auto runs = runsOf(minutes); runs.size() == 1)
        return {CronDescription::tr("Every minute from %1 through %2").arg(runs.first().first).arg(runs.first().second),
                false};
    return {CronDescription::tr("At minutes %1").arg(numbers(minutes)), true};
}

QString hourPhrase(const QList<int> &hours, bool at)
{
    if (isFull(hours, HourBounds))
        return at ? CronDescription::tr("past every hour") : QString();
    if (hours.size() == 1) {
        return at ? CronDescription::tr("past hour %1").arg(hours.first())
                  : CronDescription::tr("between %1 and %2").arg(clock(hours.first(), 0), clock(hours.first(), 59));
    }
    return at ? CronDescription::tr("past hours %1").arg(numbers(hours))
              : CronDescription::tr("during hours %1").arg(numbers(hours));
}

QString joinWords(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            nonEmpty << p;
    }
    return nonEmpty.join(QLatin1Char(' '));
}

struct TimeText
{
    QString text;
    bool coversEachDay = false; ///< already says how often per day, so "every day" is not added
};

TimeText standardTime(const QList<int> &minutes, const QList<int> &hours)
{
    const MinutePhrase mp = minutePhrase(minutes);
    const bool everyHour = isFull(hours, HourBounds);
    if (mp.at && !everyHour && minutes.size() * hours.size() <= 6) {
        QStringList times;
        for (const int h : hours) {
            for (const int m : minutes)
                times << clock(h, m);
        }
        return {CronDescription::tr("At %1").arg(joinAnd(times)), false};
    }
    int start = 0;
    int step = 0;
    if (mp.at && minutes.size() <= 6 && isStepSeries(hours, HourBounds, &start, &step) && start == 0) {
        if (minutes.size() == 1)
            return {CronDescription::tr("Every %n hours at minute %1", nullptr, step).arg(minutes.first()), true};
        QStringList list;
        for (const int m : minutes)
            list << QString::number(m);
        return {CronDescription::tr("Every %n hours at minutes %1", nullptr, step).arg(joinAnd(list)), true};
    }
    return {joinWords({mp.text, hourPhrase(hours, mp.at)}), everyHour};
}

// Lagoon's own minute/hour forms (lagoon-rules.md §2), as written before standardizing.
struct LagoonForm
{
    enum class Kind
    {
        Standard,
        Random,
        RandomStep,
        RandomRange
    } kind = Kind::Standard;
    int a = 0; ///< step, or range start
    int b = 0; ///< range end (exclusive, as Lagoon picks)
};

LagoonForm minuteForm(const QString &field)
{
    static const QRegularExpression step(QStringLiteral("^(M|H|\\*)/([0-5]?[0-9])$"));
    if (field == QLatin1String("M") || field == QLatin1String("H"))
        return {LagoonForm::Kind::Random};
    if (const auto m = step.match(field); m.hasMatch() && m.captured(2).toInt() > 1)
        return {LagoonForm::Kind::RandomStep, m.captured(2).toInt()};
    return {};
}

LagoonForm hourForm(const QString &field)
{
    static const QRegularExpression range(QStringLiteral("^H\\(([01]?[0-9]|2[0-3])-([01]?[0-9]|2[0-3])\\)$"));
    static const QRegularExpression step(QStringLiteral("^(H|\\*)/([01]?[0-9]|2[0-3])$"));
    if (field == QLatin1String("H"))
        return {LagoonForm::Kind::Random};
    if (const auto m = range.match(field); m.hasMatch() && m.captured(1) != m.captured(2))
        return {LagoonForm::Kind::RandomRange, m.captured(1).toInt(), m.captured(2).toInt()};
    if (const auto m = step.match(field); m.hasMatch() && m.captured(2).toInt() > 1)
        return {LagoonForm::Kind::RandomStep, m.captured(2).toInt()};
    return {};
}

// H(22-2) picks one of 22, 23, 0 and 1: the end hour itself is never picked.
QString hourWindow(int from, int to)
{
    return CronDescription::tr("between %1 and %2").arg(clock(from, 0), clock((to + 23) % 24, 59));
}

TimeText lagoonTime(const LagoonForm &minute, const QList<int> &minutes, const LagoonForm &hour,
                    const QList<int> &hours)
{
    using K = LagoonForm::Kind;
    const bool everyHour = hour.kind == K::Standard && isFull(hours, HourBounds);
    if (minute.kind == K::Random) {
        switch (hour.kind) {
        case K::Random:
            return {CronDescription::tr("Once a day, at a time Lagoon picks for each environment"), true};
        case K::RandomRange:
            return {CronDescription::tr("Once a day %1, at a time Lagoon picks for each environment")
                        .arg(hourWindow(hour.a, hour.b)),
                    true};
        case K::RandomStep:
            return {CronDescription::tr("Every %n hours, at a time Lagoon picks for each environment", nullptr, hour.a),
                    true};
        case K::Standard:
            break;
        }
        if (everyHour)
            return {CronDescription::tr("Once an hour, at a minute Lagoon picks for each environment"), true};
        if (hours.size() == 1)
            return {CronDescription::tr("Once a day %1, at a minute Lagoon picks for each environment")
                        .arg(hourWindow(hours.first(), hours.first() + 1)),
                    true};
        return {CronDescription::tr("Once an hour %1, at a minute Lagoon picks for each environment")
                    .arg(hourPhrase(hours, false)),
                false};
    }

    QString hourText;
    bool coversEachDay = false;
    switch (hour.kind) {
    case K::Random:
        hourText = CronDescription::tr("during one hour Lagoon picks for each environment");
        break;
    case K::RandomRange:
        hourText = CronDescription::tr("during one hour %1 that Lagoon picks for each environment")
                       .arg(hourWindow(hour.a, hour.b));
        break;
    case K::RandomStep:
        hourText = CronDescription::tr("every %n hours, starting at an hour Lagoon picks for each environment", nullptr,
                                       hour.a);
        coversEachDay = true;
        break;
    case K::Standard:
        coversEachDay = everyHour;
        break;
    }

    if (minute.kind == K::RandomStep) {
        const QString base = CronDescription::tr(
            "Every %n minutes, starting at a minute Lagoon picks for each environment", nullptr, minute.a);
        if (hour.kind == K::Standard)
            hourText = hourPhrase(hours, false);
        return {hourText.isEmpty() ? base : base + QStringLiteral(", ") + hourText, coversEachDay};
    }

    const MinutePhrase mp = minutePhrase(minutes);
    if (hour.kind == K::Random && mp.at)
        hourText = CronDescription::tr("past an hour Lagoon picks for each environment");
    else if (hour.kind == K::RandomRange && mp.at)
        hourText = CronDescription::tr("past an hour %1 that Lagoon picks for each environment")
                       .arg(hourWindow(hour.a, hour.b));
    if (hour.kind == K::RandomStep)
        return {mp.text + QStringLiteral(", ") + hourText, coversEachDay};
    return {joinWords({mp.text, hourText}), coversEachDay};
}

QString dayText(const QStringList &fields, bool coversEachDay)
{
    const auto isStar = [](const QString &f) {
        return f.startsWith(QLatin1Char('*')) || f.startsWith(QLatin1Char('?'));
    };
    const QList<int> days = fieldValues(fields.at(2), DayBounds);
    const QList<int> months = fieldValues(fields.at(3), MonthBounds, MonthAbbreviations, 12, 1);
    const QList<int> weekdays = fieldValues(fields.at(4), WeekdayBounds, WeekdayAbbreviations, 7, 0);
    const bool dayRestricted = !isStar(fields.at(2)) && !isFull(days, DayBounds);
    const bool weekdayRestricted = !isStar(fields.at(4)) && !isFull(weekdays, WeekdayBounds);

    const QString dayOfMonth = days.size() == 1 ? CronDescription::tr("day %1 of the month").arg(days.first())
                                                : CronDescription::tr("days %1 of the month").arg(numbers(days));
    const QString dayOfWeek =
        describeRuns(weekdays, weekdayName, QT_TRANSLATE_NOOP("Lagoon::CronDescription", "%1 to %2"));
    QStringList parts;
    if (dayRestricted && weekdayRestricted) // cron runs when either matches
        parts << CronDescription::tr("on %1 or on %2").arg(dayOfMonth, dayOfWeek);
    else if (dayRestricted)
        parts << CronDescription::tr("on %1").arg(dayOfMonth);
    else if (weekdayRestricted)
        parts << CronDescription::tr("on %1").arg(dayOfWeek);
    else if (!coversEachDay)
        parts << CronDescription::tr("every day");
    if (!isFull(months, MonthBounds))
        parts << CronDescription::tr("in %1").arg(
            describeRuns(months, monthName, QT_TRANSLATE_NOOP("Lagoon::CronDescription", "%1 to %2")));
    return parts.join(QLatin1Char(' '));
}

QStringList fieldsOf(const QString &schedule)
{
    return schedule.trimmed().split(QLatin1Char(' '));
}

// The standardized schedule in words plus which of its values Lagoon picked.
QString describeStandardized(const QString &original, const QString &standardized)
{
    const QStringList fields = fieldsOf(standardized);
    const QStringList written = fieldsOf(original);
    const QList<int> minutes = fieldValues(fields.at(0), MinuteBounds);
    const QList<int> hours = fieldValues(fields.at(1), HourBounds);
    const TimeText time = standardTime(minutes, hours);
    const QString text = joinWords({time.text, dayText(fields, time.coversEachDay)});

    const bool minutePicked = minuteForm(written.value(0)).kind != LagoonForm::Kind::Standard;
    const bool hourPicked = hourForm(written.value(1)).kind != LagoonForm::Kind::Standard;
    QString note;
    if (minutePicked && hourPicked && minutes.size() == 1 && hours.size() == 1)
        note = CronDescription::tr("Lagoon picks %1 for this environment").arg(clock(hours.first(), minutes.first()));
    else if (minutePicked && hourPicked)
        note = CronDescription::tr("Lagoon picks minute %1 and hour %2 for this environment")
                   .arg(minutes.first())
                   .arg(hours.first());
    else if (minutePicked)
        note = CronDescription::tr("Lagoon picks minute %1 for this environment").arg(minutes.first());
    else if (hourPicked)
        note = CronDescription::tr("Lagoon picks hour %1 for this environment").arg(hours.first());
    return note.isEmpty() ? text : CronDescription::tr("%1 (%2)").arg(text, note);
}

} // namespace

QString CronDescription::describe(const QString &schedule)
{
    // Validating with any namespace gives Lagoon's own message for every kind of mistake.
    const auto standardized = LagoonCron::standardize(schedule, QString());
    if (!standardized)
        return standardized.error().message;
    const QStringList fields = fieldsOf(schedule);
    const LagoonForm minute = minuteForm(fields.at(0));
    const LagoonForm hour = hourForm(fields.at(1));
    if (minute.kind == LagoonForm::Kind::Standard && hour.kind == LagoonForm::Kind::Standard)
        return describeStandardized(*standardized, *standardized);

    const QStringList standardFields = fieldsOf(*standardized);
    const QList<int> minutes = fieldValues(standardFields.at(0), MinuteBounds);
    const QList<int> hours = fieldValues(standardFields.at(1), HourBounds);
    const TimeText time = lagoonTime(minute, minutes, hour, hours);
    return joinWords({time.text, dayText(standardFields, time.coversEachDay)});
}

QString CronDescription::describeTimesForEnvironment(const QString &schedule, const QString &namespaceName)
{
    const auto standardized = LagoonCron::standardize(schedule, namespaceName);
    if (!standardized)
        return standardized.error().message;
    return describeStandardized(schedule, *standardized);
}

QString CronDescription::describeForEnvironment(const QString &schedule, const QString &namespaceName,
                                                std::optional<bool> inPod)
{
    const auto standardized = LagoonCron::standardize(schedule, namespaceName);
    if (!standardized)
        return standardized.error().message;
    const QString times = describeStandardized(schedule, *standardized);
    const auto podResult = LagoonCron::runsInPod(*standardized, inPod);
    if (!podResult)
        return times;
    QString where;
    if (inPod)
        where = *inPod ? tr("Runs inside the service's pod (inPod: true).")
                       : tr("Runs as a Kubernetes CronJob (inPod: false).");
    else if (*podResult)
        where = tr("Runs inside the service's pod, because it runs more often than every %1 minutes.")
                    .arg(LagoonCron::InPodCeiling);
    else
        where = tr("Runs as a Kubernetes CronJob.");
    return tr("%1. %2").arg(times, where);
}

} // namespace Lagoon
