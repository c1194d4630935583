// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ctct::importing {

namespace {

// The translation context of the notes on columns left out (in the user's language; the command
// line has no translation and says them in English).
struct ColumnMappingWords
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMappingWords)
};

const QString kEmail = QStringLiteral("EMAIL ADDRESS");
// Markers in the synonym table for headers that must not be mapped automatically.
const QString kSecondEmail = QStringLiteral("#second-email");
const QString kAmbiguous = QStringLiteral("#ambiguous:");

// Why a header that could mean two columns is left out (the synonym table's "#ambiguous:" ones).
QString ambiguityNote(QStringView what)
{
    if (what == u"phone")
        return ColumnMappingWords::tr("could be WORK PHONE or HOME PHONE");
    if (what == u"name")
        return ColumnMappingWords::tr("a full name: could be FIRST NAME or LAST NAME");
    return ColumnMappingWords::tr("could be a salutation or JOB TITLE");
}

// Lower-case, letters and digits only: "E-Mail Address" -> "emailaddress".
QString squash(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

struct Synonyms
{
    QHash<QString, QString> byKey; // squashed header -> API column or marker
};

const Synonyms &synonyms()
{
    static const Synonyms table = [] {
        Synonyms t;
        const auto add = [&t](std::initializer_list<const char *> names, const QString &column) {
            for (const char *n : names)
                t.byKey.insert(squash(QString::fromUtf8(n)), column);
        };
        const auto col = [](const char *c) { return QString::fromLatin1(c); };
        add({"email", "e-mail", "mail", "emailaddr", "e-mail address", "email address", "primary email",
             "e-mail 1 - value", "email 1", "e-mail 1", "email (work)", "email (home)", "email (other)",
             "e-mail-adresse", "e-mail adresse", "mailadresse", "emailadresse"},
            kEmail);
        add({"e-mail 2 address", "e-mail 3 address", "email 2", "email 3", "e-mail 2", "e-mail 3", "secondary email",
             "e-mail 2 - value", "e-mail 3 - value", "e-mail 2: adresse", "e-mail 3: adresse", "additional email",
             "other email", "alternate email"},
            kSecondEmail);
        add({"first", "firstname", "first name", "given name", "forename", "vorname"}, col("FIRST NAME"));
        add({"middle", "middlename", "middle name", "additional name", "weitere vornamen", "second name"},
            col("MIDDLE NAME"));
        add({"last", "lastname", "surname", "family name", "nachname"}, col("LAST NAME"));
        add({"job title", "job", "position", "organization 1 - title", "jobtitel", "beruf", "role"}, col("JOB TITLE"));
        add({"company", "organization", "organisation", "company name", "organization 1 - name", "firma",
             "organization name", "employer"},
            col("COMPANY NAME"));
        add({"work phone", "business phone", "phone (work)", "phone - work", "telefon geschäftlich", "office phone",
             "phone work"},
            col("WORK PHONE"));
        add({"home phone", "phone (home)", "phone - home", "telefon privat", "private phone", "phone home"},
            col("HOME PHONE"));
        add({"address", "address1", "address line 1", "street", "addr1", "business street", "home street",
             "street address line 1 - home", "street address line 1 - work", "address 1 - street", "home address",
             "work address", "straße geschäftlich", "straße privat", "street (work)", "street (home)", "strasse"},
            col("ADDRESS LINE 1"));
        add({"address2", "address line 2", "addr2", "business street 2", "home street 2", "home address 2",
             "work address 2", "street address line 2 - home", "street address line 2 - work", "straße geschäftlich 2"},
            col("ADDRESS LINE 2"));
        add({"address3", "address line 3", "addr3", "business street 3", "home street 3",
             "street address line 3 - home", "straße geschäftlich 3"},
            col("ADDRESS LINE 3"));
        add({"city", "town", "business city", "home city", "work city", "city (work)", "city (home)", "city - home",
             "city - work", "address 1 - city", "ort geschäftlich", "ort privat", "ort", "stadt"},
            col("CITY"));
        add({"state", "state code", "province", "region", "business state", "home state", "work state", "state (work)",
             "state (home)", "state/province - home", "state/province - work", "address 1 - region", "bundesland",
             "bundesland/kanton geschäftlich"},
            col("STATE"));
        add({"country", "country/region", "business country/region", "home country/region", "home country",
             "work country", "country (work)", "country (home)", "country - home", "country - work",
             "address 1 - country", "land/region geschäftlich", "land/region privat", "land"},
            col("COUNTRY"));
        add({"zip", "zip code", "zipcode", "postcode", "postal", "postal code", "business postal code",
             "home postal code", "home zipcode", "work zipcode", "zip (work)", "zip (home)", "zip/postal code - home",
             "zip/postal code - work", "address 1 - postal code", "postleitzahl geschäftlich", "postleitzahl privat",
             "postleitzahl", "plz"},
            col("POSTAL CODE"));
        add({"sub postal", "sub postal code", "zip4", "zip+4"}, col("SUB POSTAL CODE"));
        add({"phone", "phone number", "telephone", "telefon", "phone 1 - value"}, kAmbiguous + u"phone");
        add({"name", "full name", "display name"}, kAmbiguous + u"name");
        add({"title", "titel"}, kAmbiguous + u"title");
        for (int i = 1; i <= 15; ++i) {
            const QString field = QStringLiteral("CUSTOM FIELD %1").arg(i);
            t.byKey.insert(squash(QStringLiteral("custom %1").arg(i)), field);
            t.byKey.insert(squash(QStringLiteral("customfield%1").arg(i)), field);
        }
        // The API's own names win over everything.
        for (const QString &c : apiColumns())
            t.byKey.insert(squash(c), c);
        return t;
    }();
    return table;
}

// The API column, a marker, or empty.
QString lookup(QStringView header, const QMap<int, QString> &customFieldNames)
{
    const QString key = squash(header);
    if (key.isEmpty())
        return QString();
    for (const QString &c : apiColumns()) {
        if (squash(c) == key)
            return c;
    }
    for (auto it = customFieldNames.begin(); it != customFieldNames.end(); ++it) {
        if (it.key() >= 1 && it.key() <= 15 && !it.value().trimmed().isEmpty() && squash(it.value()) == key)
            return QStringLiteral("CUSTOM FIELD %1").arg(it.key());
    }
    return synonyms().byKey.value(key);
}

} // namespace

const QStringList &apiColumns()
{
    static const QStringList columns = [] {
        QStringList c{kEmail,
                      QStringLiteral("FIRST NAME"),
                      QStringLiteral("MIDDLE NAME"),
                      QStringLiteral("LAST NAME"),
                      QStringLiteral("JOB TITLE"),
                      QStringLiteral("COMPANY NAME"),
                      QStringLiteral("WORK PHONE"),
                      QStringLiteral("HOME PHONE"),
                      QStringLiteral("ADDRESS LINE 1"),
                      QStringLiteral("ADDRESS LINE 2"),
                      QStringLiteral("ADDRESS LINE 3"),
                      QStringLiteral("CITY"),
                      QStringLiteral("STATE"),
                      QStringLiteral("STATE/PROVINCE (US/CANADA)"),
                      QStringLiteral("COUNTRY"),
                      QStringLiteral("POSTAL CODE"),
                      QStringLiteral("SUB POSTAL CODE")};
        for (int i = 1; i <= 15; ++i)
            c.append(QStringLiteral("CUSTOM FIELD %1").arg(i));
        return c;
    }();
    return columns;
}

int apiColumnLimit(QStringView column)
{
    if (column == kEmail)
        return 80;
    if (column == u"COMPANY NAME")
        return 100;
    if (column == u"POSTAL CODE")
        return 25;
    return 50; // names, job title, phones, address lines, city, state, country, custom fields
}

QString apiColumnForHeader(QStringView header, const QMap<int, QString> &customFieldNames)
{
    const QString c = lookup(header, customFieldNames);
    return c.startsWith(u'#') ? QString() : c;
}

ColumnMapping ColumnMapping::automatic(const QStringList &header, const QMap<int, QString> &customFieldNames)
{
    ColumnMapping m;
    QHash<QString, qsizetype> taken; // API column -> file column
    for (qsizetype k = 0; k < header.size(); ++k) {
        MappedColumn c;
        c.header = header[k].trimmed();
        const QString found = lookup(c.header, customFieldNames);
        if (c.header.isEmpty()) {
            c.note = ColumnMappingWords::tr("no header");
        } else if (found.isEmpty()) {
            c.note = ColumnMappingWords::tr("no matching API column");
        } else if (found == kSecondEmail) {
            c.note = ColumnMappingWords::tr("a second e-mail address: the API takes one per contact");
        } else if (found.startsWith(kAmbiguous)) {
            c.note = ambiguityNote(QStringView(found).mid(kAmbiguous.size()));
        } else if (taken.contains(found)) {
            const qsizetype first = taken.value(found);
            c.note = ColumnMappingWords::tr("%1 already comes from column %2 (\"%3\")")
                         .arg(found)
                         .arg(first + 1)
                         .arg(m.m_columns[first].header);
        } else {
            c.apiColumn = found;
            taken.insert(found, k);
        }
        m.m_columns.append(c);
    }
    return m;
}

QStringList ColumnMapping::header() const
{
    QStringList h;
    for (const MappedColumn &c : m_columns)
        h.append(c.header);
    return h;
}

qsizetype ColumnMapping::sourceOf(const QString &apiColumn) const
{
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        if (m_columns[k].apiColumn == apiColumn)
            return k;
    }
    return -1;
}

qsizetype ColumnMapping::emailColumn() const
{
    return sourceOf(kEmail);
}

QStringList ColumnMapping::apiColumnsInUse() const
{
    QStringList out;
    for (const QString &c : apiColumns()) {
        if (sourceOf(c) >= 0)
            out.append(c);
    }
    return out;
}

QStringList ColumnMapping::leftOut() const
{
    QStringList out;
    for (const MappedColumn &c : m_columns) {
        if (c.apiColumn.isEmpty() && !c.header.isEmpty())
            out.append(QStringLiteral("%1 (%2)").arg(c.header, c.note));
    }
    return out;
}

bool ColumnMapping::setColumn(qsizetype index, const QString &apiColumn)
{
    if (index < 0 || index >= m_columns.size())
        return false;
    if (apiColumn.isEmpty()) {
        skip(index);
        return true;
    }
    if (!apiColumns().contains(apiColumn))
        return false;
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        if (k != index && m_columns[k].apiColumn == apiColumn) {
            m_columns[k].apiColumn.clear();
            m_columns[k].source = MappedColumn::Source::User;
            m_columns[k].note = ColumnMappingWords::tr("%1 was given to column %2 (\"%3\")")
                                    .arg(apiColumn)
                                    .arg(index + 1)
                                    .arg(m_columns[index].header);
        }
    }
    MappedColumn &c = m_columns[index];
    c.apiColumn = apiColumn;
    c.source = MappedColumn::Source::User;
    c.note.clear();
    return true;
}

void ColumnMapping::skip(qsizetype index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    MappedColumn &c = m_columns[index];
    c.apiColumn.clear();
    c.source = MappedColumn::Source::User;
    c.note = ColumnMappingWords::tr("left out by choice");
}

bool ColumnMapping::applySaved(const ColumnMapping &saved)
{
    if (saved.key() != key())
        return false;
    for (qsizetype k = 0; k < saved.m_columns.size(); ++k) {
        if (saved.m_columns[k].source != MappedColumn::Source::User)
            continue;
        if (saved.m_columns[k].apiColumn.isEmpty())
            skip(k);
        else
            setColumn(k, saved.m_columns[k].apiColumn);
    }
    return true;
}

QString ColumnMapping::headerKey(const QStringList &header)
{
    QStringList squashed;
    for (const QString &h : header)
        squashed.append(squash(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(squashed.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

QVariantMap ColumnMapping::toVariantMap() const
{
    QVariantList columns;
    for (const MappedColumn &c : m_columns) {
        columns.append(QVariantMap{{QStringLiteral("header"), c.header},
                                   {QStringLiteral("column"), c.apiColumn},
                                   {QStringLiteral("user"), c.source == MappedColumn::Source::User},
                                   {QStringLiteral("note"), c.note}});
    }
    return QVariantMap{{QStringLiteral("key"), key()}, {QStringLiteral("columns"), columns}};
}

std::optional<ColumnMapping> ColumnMapping::fromVariantMap(const QVariantMap &map)
{
    const QVariant columns = map.value(QStringLiteral("columns"));
    if (columns.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    ColumnMapping m;
    for (const QVariant &v : columns.toList()) {
        if (v.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap c = v.toMap();
        MappedColumn mc;
        mc.header = c.value(QStringLiteral("header")).toString();
        mc.apiColumn = c.value(QStringLiteral("column")).toString();
        mc.source =
            c.value(QStringLiteral("user")).toBool() ? MappedColumn::Source::User : MappedColumn::Source::Automatic;
        mc.note = c.value(QStringLiteral("note")).toString();
        if (!mc.apiColumn.isEmpty() && !apiColumns().contains(mc.apiColumn))
            return std::nullopt;
        m.m_columns.append(mc);
    }
    return m;
}

QString ColumnMapping::toJson() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(toVariantMap())).toJson(QJsonDocument::Compact));
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return fromVariantMap(doc.object().toVariantMap());
}

} // namespace ctct::importing
