// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomdate.h"

namespace ctct::atom {
namespace {

// Reads exactly n digits at pos; -1 when any is not a digit.
int digits(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// Building a UTC QDateTime from milliseconds is much cheaper than from a QDate and a QTime,
// and a contacts feed has two dates per entry.
QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second, int msec)
{
    const qint64 ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60'000LL + second * 1000LL + msec;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void appendNumber(QString &out, int value, int width)
{
    char16_t buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buf, width));
}

} // namespace

QDateTime parseDateTime(QStringView s)
{
    s = s.trimmed();
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || s[4] != u'-' || s[7] != u'-')
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    if (s.size() == 10)
        return utcDateTime(year, month, day, 0, 0, 0, 0);
    if (s.size() < 19 || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || s[13] != u':' || s[16] != u':')
        return {};
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype pos = 19;
    int msec = 0;
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < s.size() && s[pos].isDigit()) {
            msec += (s[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return {};
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    if (pos == s.size() || ((s[pos] == u'Z' || s[pos] == u'z') && pos + 1 == s.size()))
        return utcDateTime(year, month, day, hour, minute, second, msec);
    if (s[pos] == u'+' || s[pos] == u'-') {
        const int sign = s[pos] == u'-' ? -1 : 1;
        const int oh = digits(s, pos + 1, 2);
        int om = -1;
        if (pos + 6 == s.size() && s[pos + 3] == u':')
            om = digits(s, pos + 4, 2);
        else if (pos + 5 == s.size())
            om = digits(s, pos + 3, 2);
        if (oh < 0 || om < 0 || oh > 14 || om > 59)
            return {};
        const int offset = sign * (oh * 3600 + om * 60);
        if (offset == 0)
            return QDateTime(date, time, Qt::UTC);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }
    return {};
}

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const bool utc = dateTime.timeSpec() == Qt::UTC || dateTime.timeSpec() == Qt::LocalTime ||
                     (dateTime.timeSpec() == Qt::OffsetFromUTC && dateTime.offsetFromUtc() == 0);
    const QDateTime dt = utc ? dateTime.toUTC() : dateTime;
    const QDate d = dt.date();
    const QTime t = dt.time();
    QString out;
    out.reserve(29);
    appendNumber(out, d.year(), 4);
    out.append(u'-');
    appendNumber(out, d.month(), 2);
    out.append(u'-');
    appendNumber(out, d.day(), 2);
    out.append(u'T');
    appendNumber(out, t.hour(), 2);
    out.append(u':');
    appendNumber(out, t.minute(), 2);
    out.append(u':');
    appendNumber(out, t.second(), 2);
    if (utc || t.msec() != 0) {
        out.append(u'.');
        appendNumber(out, t.msec(), 3);
    }
    if (utc) {
        out.append(u'Z');
    } else {
        int offset = dt.offsetFromUtc();
        out.append(offset < 0 ? u'-' : u'+');
        offset = offset < 0 ? -offset : offset;
        appendNumber(out, offset / 3600, 2);
        out.append(u':');
        appendNumber(out, (offset % 3600) / 60, 2);
    }
    return out;
}

} // namespace ctct::atom
