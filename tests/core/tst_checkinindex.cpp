// SPDX-License-Identifier: GPL-3.0-or-later
// The door's search (CheckInIndex): names, e-mails and ticket or registrant ids, ignoring case
// and accents; a scanned id matches one registrant alone; counts follow attendance. And the
// table over it (CheckInMatchModel) under QAbstractItemModelTester.
#include "models/checkinmatchmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ctct;

namespace {

const QString kBase = u"http://api.constantcontact.com/ws/customers/demo/events/a07eabc/registrants/"_s;

Registrant registrant(const QString &first, const QString &last, const QString &email, const QString &status,
                      const QString &attendance, qint64 guests, const QString &ticket, const QString &id)
{
    Registrant r;
    r.id = kBase + id;
    r.firstName = first;
    r.lastName = last;
    r.title = first + u' ' + last;
    r.emailAddress = email;
    r.registrationStatus = status;
    r.attendanceStatus = attendance;
    r.attendanceType = u"INDIVIDUAL"_s;
    r.guestCount = guests;
    r.ticketId = ticket;
    return r;
}

QList<Registrant> fixture()
{
    return {
        registrant(u"Jörg"_s, u"Müller"_s, u"joerg.mueller@example.com"_s, u"REGISTERED"_s, u"NOT_ATTENDED"_s, 2,
                   u"BKO-1-0001"_s, u"001aaaaaaaaaaaaa"_s),
        registrant(u"Jorge"_s, u"Mulligan"_s, u"j.mulligan@example.com"_s, u"REGISTERED"_s, u"ATTENDED"_s, 0,
                   u"BKO-1-0002"_s, u"001bbbbbbbbbbbbb"_s),
        registrant(u"Anna"_s, u"Lefèvre"_s, u"anna@lefevre.example"_s, u"CANCELLED"_s, u"NOT_ATTENDED"_s, 1,
                   u"BKO-1-0003"_s, u"001ccccccccccccc"_s),
        registrant(u"Ann"_s, u"Smith"_s, u"ann.smith@example.org"_s, u"REGISTERED"_s, u"NOT_ATTENDED"_s, 1,
                   u"BKO-1-0010"_s, u"001ddddddddddddd"_s),
        registrant(u"Zoë"_s, u"O'Connor"_s, u"zoe@oconnor.example"_s, u"ABANDONED"_s, u"NOT_ATTENDED"_s, 0, {},
                   u"001eeeeeeeeeeeee"_s),
    };
}

QStringList namesOf(const CheckInIndex &index, const std::vector<qsizetype> &rows)
{
    QStringList out;
    for (qsizetype row : rows)
        out.append(registrantName(index.at(row)));
    return out;
}

} // namespace

class TestCheckInIndex final : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void pagesAddedLater();
    void indexOf();
    void states();
    void counts();
    void model();
};

void TestCheckInIndex::match_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty: everyone, by last name")
        << QString()
        << QStringList{u"Anna Lefèvre"_s, u"Jörg Müller"_s, u"Jorge Mulligan"_s, u"Zoë O'Connor"_s, u"Ann Smith"_s};
    QTest::newRow("words without accents") << u"jorg mul"_s << QStringList{u"Jörg Müller"_s, u"Jorge Mulligan"_s};
    QTest::newRow("upper case with accents") << u"JÖRG MÜLLER"_s << QStringList{u"Jörg Müller"_s};
    QTest::newRow("words in any order") << u"muller jorg"_s << QStringList{u"Jörg Müller"_s};
    QTest::newRow("accent typed, none stored") << u"zoë"_s << QStringList{u"Zoë O'Connor"_s};
    QTest::newRow("several matches") << u"ann"_s << QStringList{u"Anna Lefèvre"_s, u"Ann Smith"_s};
    QTest::newRow("cancelled ones are found") << u"lefevre"_s << QStringList{u"Anna Lefèvre"_s};
    QTest::newRow("e-mail") << u"Ann.Smith@Example.org"_s << QStringList{u"Ann Smith"_s};
    QTest::newRow("part of e-mails") << u"@example.com"_s << QStringList{u"Jörg Müller"_s, u"Jorge Mulligan"_s};
    QTest::newRow("surrounding spaces") << u"  o'connor "_s << QStringList{u"Zoë O'Connor"_s};
    QTest::newRow("ticket exactly, alone") << u"bko-1-0001"_s << QStringList{u"Jörg Müller"_s};
    QTest::newRow("part of a ticket") << u"BKO-1-001"_s << QStringList{u"Ann Smith"_s};
    QTest::newRow("ticket prefix: several")
        << u"bko-1-000"_s << QStringList{u"Anna Lefèvre"_s, u"Jörg Müller"_s, u"Jorge Mulligan"_s};
    QTest::newRow("registrant id") << u"001DDDDDDDDDDDDD"_s << QStringList{u"Ann Smith"_s};
    QTest::newRow("registrant id, first 8") << u"001ccccc"_s << QStringList{u"Anna Lefèvre"_s};
    QTest::newRow("short id prefix is not an id") << u"001c"_s << QStringList{};
    QTest::newRow("no match") << u"zzz"_s << QStringList{};
}

void TestCheckInIndex::match()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    CheckInIndex index;
    index.append(fixture());
    QCOMPARE(namesOf(index, index.match(query)), expected);
}

void TestCheckInIndex::pagesAddedLater()
{
    CheckInIndex index;
    const QList<Registrant> all = fixture();
    index.append(all.mid(0, 2));
    QCOMPARE(namesOf(index, index.match(u"ann"_s)), QStringList{});
    index.append(all.mid(2));
    QCOMPARE(index.size(), 5);
    QCOMPARE(namesOf(index, index.match(u"ann"_s)), (QStringList{u"Anna Lefèvre"_s, u"Ann Smith"_s}));
    index.clear();
    QVERIFY(index.isEmpty());
    QCOMPARE(index.counts(), CheckInIndex::Counts{});
}

void TestCheckInIndex::indexOf()
{
    CheckInIndex index;
    index.append(fixture());
    QCOMPARE(index.indexOf(QString(kBase + u"001bbbbbbbbbbbbb"_s)), 1);
    QCOMPARE(index.indexOf(u"001ddddddddddddd"_s), 3);
    QCOMPARE(index.indexOf(u"tag:api.constantcontact.com,2010:/ws/customers/demo/events/a07eabc/registrants/"
                           "001eeeeeeeeeeeee"_s),
             4);
    QCOMPARE(index.indexOf(u"nobody"_s), -1);
}

void TestCheckInIndex::states()
{
    const QList<Registrant> all = fixture();
    QCOMPARE(checkInStateOf(all.at(0)), CheckInState::NotCheckedIn);
    QCOMPARE(checkInStateOf(all.at(1)), CheckInState::CheckedIn);
    QCOMPARE(checkInStateOf(all.at(2)), CheckInState::Cancelled);
    QCOMPARE(checkInStateOf(all.at(4)), CheckInState::Incomplete);
    QCOMPARE(attendanceTypeFor(all.at(0)), u"GROUP"_s);
    QCOMPARE(attendanceTypeFor(all.at(1)), u"INDIVIDUAL"_s);
    Registrant nameless;
    nameless.emailAddress = u"x@example.com"_s;
    QCOMPARE(registrantName(nameless), u"x@example.com"_s);
}

void TestCheckInIndex::counts()
{
    CheckInIndex index;
    index.append(fixture());
    CheckInIndex::Counts c = index.counts();
    QCOMPARE(c.registered, 3);
    QCOMPARE(c.attended, 1);
    QCOMPARE(c.cancelled, 1);
    QCOMPARE(c.guests, 3); // 2 + 0 + 1; the cancelled one's guest is not coming
    QCOMPARE(c.attendedGuests, 0);
    index.setAttendance(0, u"ATTENDED"_s, u"GROUP"_s);
    c = index.counts();
    QCOMPARE(c.attended, 2);
    QCOMPARE(c.attendedGuests, 2);
    QCOMPARE(checkInStateOf(index.at(0)), CheckInState::CheckedIn);
    QCOMPARE(index.at(0).attendanceType, u"GROUP"_s);
    index.setAttendance(0, u"NOT_ATTENDED"_s, u"GROUP"_s);
    QCOMPARE(index.counts().attended, 1);
    QCOMPARE(index.counts().attendedGuests, 0);
}

void TestCheckInIndex::model()
{
    CheckInMatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &CheckInMatchModel::countsChanged);
    const QList<Registrant> all = fixture();
    model.append(all.mid(0, 3));
    model.append(all.mid(3));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(CheckInMatchModel::ColumnCount));
    model.setQuery(u"mul"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CheckInMatchModel::NameColumn).data().toString(), u"Jörg Müller"_s);
    QCOMPARE(model.index(0, CheckInMatchModel::GuestsColumn).data(RawValueRole).toLongLong(), 2);
    QCOMPARE(model.index(1, CheckInMatchModel::StatusColumn).data().toString(), u"Checked in"_s);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QString(kBase + u"001aaaaaaaaaaaaa"_s));
    const qsizetype row = model.indexRow(0);
    QCOMPARE(model.rowOf(row), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAttendance(row, u"ATTENDED"_s, u"GROUP"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, CheckInMatchModel::StatusColumn).data(CheckInMatchModel::CheckInStateRole).toInt(),
             int(CheckInState::CheckedIn));
    QCOMPARE(model.checkInIndex().counts().attended, 2);
    model.setQuery(u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.indexRow(0), -1);
    model.clear();
    QCOMPARE(model.checkInIndex().size(), 0);
}

QTEST_GUILESS_MAIN(TestCheckInIndex)
#include "tst_checkinindex.moc"
