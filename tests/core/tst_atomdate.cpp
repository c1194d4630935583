// SPDX-License-Identifier: GPL-3.0-or-later
#include "atom/atomdate.h"

#include <QTest>

using ctct::atom::formatDateTime;
using ctct::atom::parseDateTime;

class TestAtomDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void roundTrip_data();
    void roundTrip();
};

void TestAtomDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("offset");

    const QDate d(2008, 7, 23);
    QTest::newRow("utc millis") << "2008-07-23T14:21:06.407Z" << QDateTime(d, QTime(14, 21, 6, 407), Qt::UTC) << 0;
    QTest::newRow("utc seconds") << "2008-07-23T14:21:06Z" << QDateTime(d, QTime(14, 21, 6), Qt::UTC) << 0;
    QTest::newRow("no zone is utc") << "2008-07-23T14:21:06" << QDateTime(d, QTime(14, 21, 6), Qt::UTC) << 0;
    QTest::newRow("date only") << "2008-04-16" << QDateTime(QDate(2008, 4, 16), QTime(0, 0), Qt::UTC) << 0;
    QTest::newRow("offset") << "2010-08-10T15:51:11-04:00" << QDateTime(QDate(2010, 8, 10), QTime(19, 51, 11), Qt::UTC)
                            << -4 * 3600;
    QTest::newRow("offset millis") << "2010-08-17T16:28:10.385-04:00"
                                   << QDateTime(QDate(2010, 8, 17), QTime(20, 28, 10, 385), Qt::UTC) << -4 * 3600;
    QTest::newRow("positive offset no colon")
        << "2010-08-17T16:28:10+0530" << QDateTime(QDate(2010, 8, 17), QTime(10, 58, 10), Qt::UTC) << 5 * 3600 + 1800;
    QTest::newRow("+00:00 is utc") << "2010-08-17T16:28:10+00:00"
                                   << QDateTime(QDate(2010, 8, 17), QTime(16, 28, 10), Qt::UTC) << 0;
    QTest::newRow("surrounding space") << "  2008-07-23T14:21:06.407Z\n"
                                       << QDateTime(d, QTime(14, 21, 6, 407), Qt::UTC) << 0;
    QTest::newRow("before 1970") << "1969-12-31T23:59:59.999Z"
                                 << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) << 0;
    QTest::newRow("leap day") << "2000-02-29T12:00:00Z" << QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC) << 0;
    QTest::newRow("after a century's non-leap february")
        << "1900-03-01" << QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC) << 0;
    QTest::newRow("far future") << "2399-12-31T23:59:59Z" << QDateTime(QDate(2399, 12, 31), QTime(23, 59, 59), Qt::UTC)
                                << 0;
    QTest::newRow("micro seconds truncated")
        << "2008-07-23T14:21:06.407999Z" << QDateTime(d, QTime(14, 21, 6, 407), Qt::UTC) << 0;
}

void TestAtomDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(int, offset);
    const QDateTime parsed = parseDateTime(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), expected);
    QCOMPARE(parsed.offsetFromUtc(), offset);
}

void TestAtomDate::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("garbage") << "yesterday";
    QTest::newRow("bad month") << "2008-13-01";
    QTest::newRow("bad day") << "2008-02-30T00:00:00Z";
    QTest::newRow("no leap day in 1900") << "1900-02-29";
    QTest::newRow("bad hour") << "2008-02-03T25:00:00Z";
    QTest::newRow("trailing junk") << "2008-02-03T10:00:00Zjunk";
    QTest::newRow("bad offset") << "2008-02-03T10:00:00+99:00";
    QTest::newRow("dot without digits") << "2008-02-03T10:00:00.Z";
    QTest::newRow("short") << "2008-02-03T10:00";
}

void TestAtomDate::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!parseDateTime(text).isValid());
}

void TestAtomDate::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("utc") << "2008-07-23T14:21:06.407Z";
    QTest::newRow("utc zero millis") << "2008-07-23T14:21:06.000Z";
    QTest::newRow("offset") << "2010-08-10T15:51:11-04:00";
    QTest::newRow("offset millis") << "2010-08-17T16:28:10.385-04:00";
    QTest::newRow("positive offset") << "2010-08-17T16:28:10+05:30";
}

void TestAtomDate::roundTrip()
{
    QFETCH(QString, text);
    QCOMPARE(formatDateTime(parseDateTime(text)), text);
}

QTEST_APPLESS_MAIN(TestAtomDate)
#include "tst_atomdate.moc"
