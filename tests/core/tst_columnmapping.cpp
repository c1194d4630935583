// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/columnmapping.h"
#include "importing/csvreader.h"
#include "testdata.h"

#include <QTest>

using namespace ctct::importing;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void exporters_data();
    void exporters();
    void leftOutWithReason();
    void customFieldNames();
    void userChoices();
    void savedMapping();
};

using Expect = QList<QPair<QString, QString>>; // header -> API column ("" = left out)

void TestColumnMapping::exporters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expect>("expect");
    const auto s = [](const char *a) { return QString::fromUtf8(a); };
    QTest::newRow("Outlook EN") << "outlook-en.csv"
                                << Expect{{s("First Name"), s("FIRST NAME")},
                                          {s("Middle Name"), s("MIDDLE NAME")},
                                          {s("Last Name"), s("LAST NAME")},
                                          {s("Title"), QString()},
                                          {s("Company"), s("COMPANY NAME")},
                                          {s("Job Title"), s("JOB TITLE")},
                                          {s("Business Street"), s("ADDRESS LINE 1")},
                                          {s("Business City"), s("CITY")},
                                          {s("Business State"), s("STATE")},
                                          {s("Business Postal Code"), s("POSTAL CODE")},
                                          {s("Business Country/Region"), s("COUNTRY")},
                                          {s("Home Phone"), s("HOME PHONE")},
                                          {s("Business Phone"), s("WORK PHONE")},
                                          {s("Mobile Phone"), QString()},
                                          {s("E-mail Address"), s("EMAIL ADDRESS")},
                                          {s("E-mail Display Name"), QString()},
                                          {s("E-mail 2 Address"), QString()},
                                          {s("E-mail 3 Address"), QString()},
                                          {s("Notes"), QString()}};
    QTest::newRow("Outlook DE") << "outlook-de.csv"
                                << Expect{{s("Vorname"), s("FIRST NAME")},
                                          {s("Weitere Vornamen"), s("MIDDLE NAME")},
                                          {s("Nachname"), s("LAST NAME")},
                                          {s("Firma"), s("COMPANY NAME")},
                                          {s("Position"), s("JOB TITLE")},
                                          {s("Straße geschäftlich"), s("ADDRESS LINE 1")},
                                          {s("Ort geschäftlich"), s("CITY")},
                                          {s("Postleitzahl geschäftlich"), s("POSTAL CODE")},
                                          {s("Land/Region geschäftlich"), s("COUNTRY")},
                                          {s("Telefon geschäftlich"), s("WORK PHONE")},
                                          {s("Telefon privat"), s("HOME PHONE")},
                                          {s("E-Mail-Adresse"), s("EMAIL ADDRESS")},
                                          {s("E-Mail 2: Adresse"), QString()}};
    QTest::newRow("Google") << "google.csv"
                            << Expect{{s("Name"), QString()},
                                      {s("Given Name"), s("FIRST NAME")},
                                      {s("Additional Name"), s("MIDDLE NAME")},
                                      {s("Family Name"), s("LAST NAME")},
                                      {s("E-mail 1 - Value"), s("EMAIL ADDRESS")},
                                      {s("E-mail 2 - Value"), QString()},
                                      {s("Phone 1 - Value"), QString()},
                                      {s("Organization 1 - Name"), s("COMPANY NAME")},
                                      {s("Organization 1 - Title"), s("JOB TITLE")},
                                      {s("Address 1 - Street"), s("ADDRESS LINE 1")},
                                      {s("Address 1 - City"), s("CITY")},
                                      {s("Address 1 - Region"), s("STATE")},
                                      {s("Address 1 - Postal Code"), s("POSTAL CODE")},
                                      {s("Address 1 - Country"), s("COUNTRY")}};
    QTest::newRow("Apple") << "apple-utf16le.csv"
                           << Expect{{s("First name"), s("FIRST NAME")},      {s("Last name"), s("LAST NAME")},
                                     {s("Organization"), s("COMPANY NAME")},  {s("Job Title"), s("JOB TITLE")},
                                     {s("Email (Work)"), s("EMAIL ADDRESS")}, {s("Email (Home)"), QString()},
                                     {s("Phone (Work)"), s("WORK PHONE")},    {s("Street (Work)"), s("ADDRESS LINE 1")},
                                     {s("City (Work)"), s("CITY")},           {s("State (Work)"), s("STATE")},
                                     {s("ZIP (Work)"), s("POSTAL CODE")},     {s("Country (Work)"), s("COUNTRY")}};
    QTest::newRow("Thunderbird")
        << "thunderbird.csv"
        << Expect{{s("First Name"), s("FIRST NAME")},  {s("Last Name"), s("LAST NAME")},
                  {s("Display Name"), QString()},      {s("Primary Email"), s("EMAIL ADDRESS")},
                  {s("Secondary Email"), QString()},   {s("Work Phone"), s("WORK PHONE")},
                  {s("Home Phone"), s("HOME PHONE")},  {s("Home Address"), s("ADDRESS LINE 1")},
                  {s("Home City"), s("CITY")},         {s("Work City"), QString()}, // CITY comes from Home City
                  {s("Job Title"), s("JOB TITLE")},    {s("Organization"), s("COMPANY NAME")},
                  {s("Custom 1"), s("CUSTOM FIELD 1")}};
    QTest::newRow("Mailchimp") << "mailchimp.csv"
                               << Expect{{s("Email Address"), s("EMAIL ADDRESS")}, {s("First Name"), s("FIRST NAME")},
                                         {s("Last Name"), s("LAST NAME")},         {s("Address"), s("ADDRESS LINE 1")},
                                         {s("Phone Number"), QString()},           {s("MEMBER_RATING"), QString()}};
    QTest::newRow("Constant Contact") << "constantcontact.csv"
                                      << Expect{{s("Email address"), s("EMAIL ADDRESS")},
                                                {s("First name"), s("FIRST NAME")},
                                                {s("Last name"), s("LAST NAME")},
                                                {s("Company"), s("COMPANY NAME")},
                                                {s("Job title"), s("JOB TITLE")},
                                                {s("Phone - work"), s("WORK PHONE")},
                                                {s("Phone - home"), s("HOME PHONE")},
                                                {s("Street address line 1 - Home"), s("ADDRESS LINE 1")},
                                                {s("City - Home"), s("CITY")},
                                                {s("State/Province - Home"), s("STATE")},
                                                {s("Zip/Postal code - Home"), s("POSTAL CODE")},
                                                {s("Country - Home"), s("COUNTRY")},
                                                {s("Email status"), QString()}};
}

void TestColumnMapping::exporters()
{
    QFETCH(QString, file);
    QFETCH(Expect, expect);
    const CsvResult csv = readCsv(ctct::test::readData(QStringLiteral("csv/") + file));
    QVERIFY(csv.ok());
    const ColumnMapping m = ColumnMapping::automatic(csv.table->header);
    QCOMPARE(m.size(), csv.table->header.size());
    for (const auto &[header, column] : expect) {
        const qsizetype k = csv.table->header.indexOf(header);
        QVERIFY2(k >= 0, qPrintable(header));
        QVERIFY2(m.columns()[k].apiColumn == column,
                 qPrintable(header + u" -> " + m.columns()[k].apiColumn + u", expected " + column));
        if (column.isEmpty())
            QVERIFY2(!m.columns()[k].note.isEmpty(), qPrintable(header));
    }
    QVERIFY(m.emailColumn() >= 0);
    // No API column is fed twice.
    QStringList used;
    for (const MappedColumn &c : m.columns()) {
        if (!c.apiColumn.isEmpty()) {
            QVERIFY2(!used.contains(c.apiColumn), qPrintable(c.apiColumn));
            used.append(c.apiColumn);
        }
    }
    QCOMPARE(m.apiColumnsInUse().first(), QStringLiteral("EMAIL ADDRESS"));
}

void TestColumnMapping::leftOutWithReason()
{
    const ColumnMapping m =
        ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Phone"),
                                  QStringLiteral("Secondary Email"), QStringLiteral("Shoe size"), QString()});
    QCOMPARE(m.columns()[0].apiColumn, QStringLiteral("EMAIL ADDRESS"));
    QVERIFY(m.columns()[1].apiColumn.isEmpty()); // never two sources for one column
    QVERIFY(m.columns()[1].note.contains(u"column 1"));
    QVERIFY(m.columns()[2].apiColumn.isEmpty());
    QVERIFY(m.columns()[2].note.contains(u"WORK PHONE or HOME PHONE"));
    QVERIFY(m.columns()[3].note.contains(u"second e-mail"));
    QVERIFY(m.columns()[4].note.contains(u"no matching"));
    QCOMPARE(m.leftOut().size(), 4); // the column without a header has nothing to name
    QVERIFY(m.leftOut().first().startsWith(u"E-mail ("));
}

void TestColumnMapping::customFieldNames()
{
    const QMap<int, QString> names{{3, QStringLiteral("Shoe Size")}, {7, QStringLiteral("Membership #")}};
    const ColumnMapping m =
        ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("shoe-size"), QStringLiteral("MEMBERSHIP"),
                                  QStringLiteral("Custom 2"), QStringLiteral("CUSTOM FIELD 9")},
                                 names);
    QCOMPARE(m.columns()[1].apiColumn, QStringLiteral("CUSTOM FIELD 3"));
    QCOMPARE(m.columns()[2].apiColumn, QStringLiteral("CUSTOM FIELD 7"));
    QCOMPARE(m.columns()[3].apiColumn, QStringLiteral("CUSTOM FIELD 2"));
    QCOMPARE(m.columns()[4].apiColumn, QStringLiteral("CUSTOM FIELD 9"));
    QCOMPARE(apiColumnForHeader(u"Shoe Size", names), QStringLiteral("CUSTOM FIELD 3"));
    QCOMPARE(apiColumnForHeader(u"Shoe Size"), QString());
}

void TestColumnMapping::userChoices()
{
    ColumnMapping m = ColumnMapping::automatic(
        {QStringLiteral("Email (Work)"), QStringLiteral("Email (Home)"), QStringLiteral("Phone")});
    QCOMPARE(m.emailColumn(), 0);
    QVERIFY(m.setColumn(1, QStringLiteral("EMAIL ADDRESS"))); // the home address instead
    QCOMPARE(m.emailColumn(), 1);
    QVERIFY(m.columns()[0].apiColumn.isEmpty());
    QVERIFY(m.columns()[0].note.contains(u"column 2"));
    QVERIFY(m.setColumn(2, QStringLiteral("HOME PHONE")));
    QCOMPARE(m.columns()[2].source, MappedColumn::Source::User);
    QVERIFY(!m.setColumn(2, QStringLiteral("FAX")));
    QCOMPARE(m.columns()[2].apiColumn, QStringLiteral("HOME PHONE"));
    m.skip(2);
    QVERIFY(m.columns()[2].apiColumn.isEmpty());
    QCOMPARE(m.apiColumnsInUse(), QStringList{QStringLiteral("EMAIL ADDRESS")});
}

void TestColumnMapping::savedMapping()
{
    const QStringList header{QStringLiteral("Email (Work)"), QStringLiteral("Email (Home)"), QStringLiteral("Phone"),
                             QStringLiteral("Note")};
    ColumnMapping m = ColumnMapping::automatic(header);
    m.setColumn(1, QStringLiteral("EMAIL ADDRESS"));
    m.setColumn(2, QStringLiteral("WORK PHONE"));
    m.setColumn(3, QStringLiteral("CUSTOM FIELD 4"));

    const std::optional<ColumnMapping> back = ColumnMapping::fromJson(m.toJson());
    QVERIFY(back);
    QCOMPARE(*back, m);
    QCOMPARE(ColumnMapping::fromVariantMap(m.toVariantMap()), std::optional<ColumnMapping>(m));
    QVERIFY(!ColumnMapping::fromJson(QStringLiteral("[1,2]")));
    QVERIFY(!ColumnMapping::fromJson(QStringLiteral("{\"columns\":[{\"header\":\"x\",\"column\":\"FAX\"}]}")));

    // The same header set (case and punctuation aside) takes the saved choices.
    ColumnMapping again = ColumnMapping::automatic({QStringLiteral("email (work)"), QStringLiteral("EMAIL HOME"),
                                                    QStringLiteral("phone"), QStringLiteral("note")});
    QCOMPARE(again.key(), m.key());
    QVERIFY(again.applySaved(*back));
    QCOMPARE(again.emailColumn(), 1);
    QCOMPARE(again.sourceOf(QStringLiteral("WORK PHONE")), 2);
    QCOMPARE(again.sourceOf(QStringLiteral("CUSTOM FIELD 4")), 3);
    // Another header set does not.
    ColumnMapping other = ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("Phone")});
    QVERIFY(other.key() != m.key());
    QVERIFY(!other.applySaved(*back));
    QCOMPARE(other.sourceOf(QStringLiteral("WORK PHONE")), -1);
}

QTEST_APPLESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
