// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/lagooncron.h"

#include <algorithm>
#include <array>
#include <set>

#include <QRegularExpression>

namespace Lagoon {

namespace {

std::unexpected<Error> invalid(const QString &message)
{
    return makeError(Error::Code::ParseFailed, message);
}

// Go's strings.Split(strings.Trim(s, " "), " "): only spaces count, and doubled spaces
// produce empty fields (which then fail the field count, as in Lagoon).
QStringList splitFields(const QString &schedule)
{
    qsizetype begin = 0;
    qsizetype end = schedule.size();
    while (begin < end && schedule.at(begin) == QLatin1Char(' '))
        ++begin;
    while (end > begin && schedule.at(end - 1) == QLatin1Char(' '))
        --end;
    return schedule.mid(begin, end - begin).split(QLatin1Char(' '));
}

QString joinSteps(int start, int step, int limit)
{
    QStringList values;
    for (int v = start; v < limit; v += step)
        values << QString::number(v);
    return values.join(QLatin1Char(','));
}

struct FieldBounds
{
    int min;
    int max;
    const char *const *names; // lower-case names, index = value - namesOffset
    int nameCount;
    int namesOffset;
};

const char *const MonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const DayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

const std::array<FieldBounds, 5> StandardFields = {{
    {0, 59, nullptr, 0, 0},
    {0, 23, nullptr, 0, 0},
    {1, 31, nullptr, 0, 0},
    {1, 12, MonthNames, 12, 1},
    {0, 6, DayNames, 7, 0},
}};

std::optional<int> parseNumberOrName(const QString &text, const FieldBounds &bounds, QString *error)
{
    const QString lower = text.toLower();
    for (int i = 0; i < bounds.nameCount; ++i) {
        if (lower == QLatin1String(bounds.names[i]))
            return i + bounds.namesOffset;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("failed to parse int from %1").arg(text);
        return std::nullopt;
    }
    if (value < 0) {
        *error = QStringLiteral("negative number (%1) not allowed").arg(value);
        return std::nullopt;
    }
    return value;
}

// One comma-separated item of a standard cron field, with the standard parser's rules.
std::optional<QString> checkRange(const QString &item, const FieldBounds &bounds)
{
    const QStringList rangeAndStep = item.split(QLatin1Char('/'));
    const QStringList lowAndHigh = rangeAndStep.first().split(QLatin1Char('-'));
    const bool single = lowAndHigh.size() == 1;
    QString error;
    int start = 0;
    int end = 0;
    if (lowAndHigh.first() == QLatin1String("*") || lowAndHigh.first() == QLatin1String("?")) {
        start = bounds.min;
        end = bounds.max;
    } else {
        const auto low = parseNumberOrName(lowAndHigh.first(), bounds, &error);
        if (!low)
            return error;
        start = *low;
        if (lowAndHigh.size() == 1) {
            end = start;
        } else if (lowAndHigh.size() == 2) {
            const auto high = parseNumberOrName(lowAndHigh.at(1), bounds, &error);
            if (!high)
                return error;
            end = *high;
        } else {
            return QStringLiteral("too many hyphens: %1").arg(item);
        }
    }
    int step = 1;
    if (rangeAndStep.size() == 2) {
        bool ok = false;
        step = rangeAndStep.at(1).toInt(&ok);
        if (!ok)
            return QStringLiteral("failed to parse int from %1").arg(rangeAndStep.at(1));
        if (step < 0)
            return QStringLiteral("negative number (%1) not allowed").arg(step);
        if (single)
            end = bounds.max;
    } else if (rangeAndStep.size() > 2) {
        return QStringLiteral("too many slashes: %1").arg(item);
    }
    if (start < bounds.min)
        return QStringLiteral("beginning of range (%1) below minimum (%2): %3").arg(start).arg(bounds.min).arg(item);
    if (end > bounds.max)
        return QStringLiteral("end of range (%1) above maximum (%2): %3").arg(end).arg(bounds.max).arg(item);
    if (start > end)
        return QStringLiteral("beginning of range (%1) beyond end of range (%2): %3").arg(start).arg(end).arg(item);
    if (step == 0)
        return QStringLiteral("step of range should be a positive number: %1").arg(item);
    return std::nullopt;
}

// Lagoon's own expansion of minute/hour fields into sets, for the metric only.
std::optional<std::set<int>> normalizeField(const QString &field, int min, int max, QString *error)
{
    static const QRegularExpression stepOnly(QStringLiteral("^\\*/(\\d{1,2})$"));
    static const QRegularExpression singleTime(QStringLiteral("^\\d{1,2}$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression rangeWithStep(QStringLiteral("^(\\d{1,2})-(\\d{1,2})/(\\d{1,2})$"));
    std::set<int> set;
    if (field.isEmpty()) {
        *error = QStringLiteral("field string cannot be empty");
        return std::nullopt;
    }
    for (const QString &item : field.split(QLatin1Char(','))) {
        QRegularExpressionMatch m;
        if (item == QLatin1String("*")) {
            for (int i = min; i <= max; ++i)
                set.insert(i);
        } else if ((m = stepOnly.match(item)).hasMatch()) {
            const int step = m.captured(1).toInt();
            if (step <= 0) {
                *error = QStringLiteral("invalid step value in %1").arg(item);
                return std::nullopt;
            }
            for (int i = min; i <= max; i += step)
                set.insert(i);
        } else if (singleTime.match(item).hasMatch()) {
            set.insert(item.toInt());
        } else if ((m = range.match(item)).hasMatch()) {
            const int start = m.captured(1).toInt();
            const int end = m.captured(2).toInt();
            if (end < start || start < min || end > max) {
                *error = QStringLiteral("invalid range %1").arg(item);
                return std::nullopt;
            }
            for (int i = start; i <= end; ++i)
                set.insert(i);
        } else if ((m = rangeWithStep.match(item)).hasMatch()) {
            const int start = m.captured(1).toInt();
            const int end = m.captured(2).toInt();
            const int step = m.captured(3).toInt();
            if (end < start || step <= 0 || step > 60) {
                *error = QStringLiteral("invalid range %1").arg(item);
                return std::nullopt;
            }
            for (int i = start; i <= end; i += step)
                set.insert(i);
        } else {
            *error = QStringLiteral("invalid range in schedule %1, range %2").arg(field, item);
            return std::nullopt;
        }
    }
    return set;
}

} // namespace

quint32 LagoonCron::cksum(const QByteArray &data)
{
    // POSIX cksum: CRC-32 (polynomial 0x04C11DB7, MSB first) over the data followed by its
    // length in as few octets as needed, least significant first; then complemented.
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 0x80000000U) ? (c << 1) ^ 0x04C11DB7U : (c << 1);
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0;
    const auto feed = [&crc](quint8 byte) { crc = (crc << 8) ^ table[((crc >> 24) ^ byte) & 0xFF]; };
    for (const char c : data)
        feed(static_cast<quint8>(c));
    for (quint64 length = static_cast<quint64>(data.size()); length != 0; length >>= 8)
        feed(static_cast<quint8>(length & 0xFF));
    return ~crc;
}

quint32 LagoonCron::seed(const QString &namespaceName)
{
    return cksum(namespaceName.toUtf8() + '\n');
}

Result<QString> LagoonCron::standardize(const QString &schedule, const QString &namespaceName)
{
    const quint32 s = seed(namespaceName);
    QStringList fields = splitFields(schedule);
    if (fields.size() != 5) {
        return invalid(tr("cron definition '%1' is invalid, %2 fields provided, required 5")
                           .arg(schedule)
                           .arg(fields.size()));
    }

    static const QRegularExpression randomMinute(QStringLiteral("^(M|H)$"));
    static const QRegularExpression minuteStep(QStringLiteral("^(M|H|\\*)/([0-5]?[0-9])$"));
    static const QRegularExpression hourRange(QStringLiteral("^H\\(([01]?[0-9]|2[0-3])-([01]?[0-9]|2[0-3])\\)$"));
    static const QRegularExpression hourStep(QStringLiteral("^(H|\\*)/([01]?[0-9]|2[0-3])$"));

    QString &minute = fields[0];
    if (randomMinute.match(minute).hasMatch())
        minute = QString::number(s % 60);
    if (const auto m = minuteStep.match(minute); m.hasMatch()) {
        const int step = m.captured(2).toInt();
        // Lagoon divides by the step; a zero step never finishes there, so it is refused here.
        if (step == 0)
            return invalid(tr("cron definition '%1' is invalid, unable to determine minutes value").arg(schedule));
        minute = joinSteps(static_cast<int>(s % static_cast<quint32>(step)), step, 60);
    }

    QString &hour = fields[1];
    if (hour == QLatin1String("H"))
        hour = QString::number(s % 24);
    if (const auto m = hourRange.match(hour); m.hasMatch()) {
        const int from = m.captured(1).toInt();
        const int to = m.captured(2).toInt();
        if (from < to) {
            hour = QString::number(from + static_cast<int>(s % static_cast<quint32>(to - from)));
        } else if (from > to) {
            const int h = from + static_cast<int>(s % static_cast<quint32>(24 - from + to));
            hour = QString::number(h >= 24 ? h - 24 : h);
        } else {
            hour = QString::number(from);
        }
    }
    if (const auto m = hourStep.match(hour); m.hasMatch()) {
        const int step = m.captured(2).toInt();
        if (step == 0)
            return invalid(tr("cron definition '%1' is invalid, unable to determine hours value").arg(schedule));
        hour = joinSteps(static_cast<int>(s % static_cast<quint32>(step)), step, 24);
    }

    const QString result = fields.join(QLatin1Char(' '));
    if (standardSyntaxError(result))
        return invalid(tr("cron definition '%1' is invalid").arg(schedule));
    return result;
}

std::optional<QString> LagoonCron::standardSyntaxError(const QString &schedule)
{
    const QStringList fields = schedule.split(QLatin1Char(' '));
    if (fields.size() != 5)
        return QStringLiteral("expected exactly 5 fields, found %1: %2").arg(fields.size()).arg(schedule);
    for (int i = 0; i < 5; ++i) {
        for (const QString &item : fields.at(i).split(QLatin1Char(','))) {
            if (auto error = checkRange(item, StandardFields[static_cast<size_t>(i)]))
                return error;
        }
    }
    return std::nullopt;
}

Result<int> LagoonCron::scheduleMetric(const QString &standardized)
{
    const QStringList fields = splitFields(standardized);
    if (standardized.isEmpty() || fields.size() != 5)
        return invalid(QStringLiteral("bad schedule string %1").arg(standardized));
    // Lagoon's "not-asterisk" rule: any day/month/weekday restriction means a native CronJob.
    if (fields.at(2) != QLatin1String("*") || fields.at(3) != QLatin1String("*") || fields.at(4) != QLatin1String("*"))
        return InPodCeiling + 1;

    QString error;
    const auto minutes = normalizeField(fields.at(0), 0, 59, &error);
    if (!minutes)
        return invalid(error);
    const auto hours = normalizeField(fields.at(1), 0, 23, &error);
    if (!hours)
        return invalid(error);

    std::set<int> times;
    for (const int m : *minutes) {
        for (const int h : *hours)
            times.insert(h * 60 + m);
    }
    if (times.empty())
        return invalid(QStringLiteral("cannot calculateMetric on empty set"));
    // A single run a day yields its minute of the day, exactly as Lagoon computes it.
    if (times.size() == 1)
        return *times.begin();

    const std::vector<int> values(times.begin(), times.end());
    std::vector<int> distances;
    for (size_t i = 1; i < values.size(); ++i)
        distances.push_back(values[i] - values[i - 1]);
    distances.push_back(values.front() + 1440 - values.back());
    std::sort(distances.begin(), distances.end());
    const size_t n = distances.size();
    const size_t mid = n / 2;
    return n % 2 == 0 ? (distances[mid - 1] + distances[mid]) / 2 : distances[mid];
}

Result<bool> LagoonCron::runsInPod(const QString &standardized, std::optional<bool> inPod)
{
    if (inPod)
        return *inPod;
    const auto metric = scheduleMetric(standardized);
    if (!metric)
        return std::unexpected(metric.error());
    return *metric < InPodCeiling;
}

std::optional<double> LagoonCron::parseGoDuration(const QString &text, QString *error)
{
    const auto fail = [&text, error](const QString &why) -> std::optional<double> {
        if (error)
            *error = why.arg(text);
        return std::nullopt;
    };
    QString s = text;
    bool negative = false;
    if (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+'))) {
        negative = s.front() == QLatin1Char('-');
        s.remove(0, 1);
    }
    if (s == QLatin1String("0"))
        return 0.0;
    if (s.isEmpty())
        return fail(QStringLiteral("time: invalid duration \"%1\""));
    static const std::pair<const char *, double> units[] = {
        {"ns", 1e-9}, {"us", 1e-6}, {"\u00b5s", 1e-6}, {"\u03bcs", 1e-6}, {"ms", 1e-3}, {"s", 1.0}, {"m", 60.0}, {"h", 3600.0},
    };
    double total = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype numberStart = i;
        while (i < s.size() && (s.at(i).isDigit() || s.at(i) == QLatin1Char('.')))
            ++i;
        const QString number = s.mid(numberStart, i - numberStart);
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (number.isEmpty() || !ok || number == QLatin1String("."))
            return fail(QStringLiteral("time: invalid duration \"%1\""));
        const qsizetype unitStart = i;
        while (i < s.size() && !s.at(i).isDigit() && s.at(i) != QLatin1Char('.'))
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        if (unit.isEmpty())
            return fail(QStringLiteral("time: missing unit in duration \"%1\""));
        const auto it = std::find_if(std::begin(units), std::end(units),
                                     [&unit](const auto &u) { return unit == QString::fromUtf8(u.first); });
        if (it == std::end(units))
            return fail(QStringLiteral("time: unknown unit \"") + unit + QStringLiteral("\" in duration \"%1\""));
        total += value * it->second;
    }
    return negative ? -total : total;
}

Result<qint64> LagoonCron::timeoutSeconds(const QString &timeout, const QString &cronjobName)
{
    if (timeout.isEmpty())
        return DefaultTimeoutSeconds;
    QString error;
    const auto seconds = parseGoDuration(timeout, &error);
    if (!seconds)
        return invalid(tr("unable to convert timeout for cronjob %1: %2").arg(cronjobName, error));
    if (*seconds > static_cast<double>(MaxTimeoutSeconds))
        return invalid(tr("timeout for cronjob %1 cannot be longer than 24 hours").arg(cronjobName));
    return static_cast<qint64>(*seconds);
}

} // namespace Lagoon
