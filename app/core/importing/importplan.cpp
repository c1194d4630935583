// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QUrl>

#include <string>
#include <vector>

namespace ctct::importing {

namespace {

// The translation context of the plan's words (verdicts and reasons, in the user's language; the
// command line has no translation and says them in English). "cancelled" is a marker, not a word.
struct ImportPlanWords
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanWords)
};

const QString kEmail = QStringLiteral("EMAIL ADDRESS");

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype a = 0;
    qsizetype b = v.size();
    while (a < b && isAsciiSpace(v[a]))
        ++a;
    while (b > a && isAsciiSpace(v[b - 1]))
        --b;
    return v.sliced(a, b - a);
}

// Characters, not bytes, of UTF-8 text.
qsizetype characters(QByteArrayView v)
{
    qsizetype n = 0;
    for (const char c : v)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

bool unreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

// What a value adds to the activity's data, written by csvField() after line breaks became LF:
// raw bytes, or percent-encoded ones for a form body.
qsizetype dataSize(QByteArrayView v, bool form)
{
    qsizetype n = 0;
    qsizetype quotes = 0;
    bool quote = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '\r' && i + 1 < v.size() && v[i + 1] == '\n')
            continue; // CRLF is sent as LF
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            quote = true;
        if (c == '"')
            ++quotes;
        n += (form && !unreserved(c)) ? 3 : 1;
    }
    if (quote)
        n += (2 + quotes) * (form ? 3 : 1);
    return n;
}

// A value as sent: trimmed, CRLF and CR as LF (the activity's lines end LF, so the server counts
// each break once, as sourceLineOf() does).
QString sentValue(QByteArrayView v)
{
    QString s = QString::fromUtf8(trimmed(v));
    if (s.contains(u'\r')) {
        s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        s.replace(u'\r', u'\n');
    }
    return s;
}

// Distinct addresses, 16 bytes each (plus the table's slack): an 88-bit fingerprint of the
// lower-cased address and the line it was first seen on. Open addressing, linear probing.
class AddressSet
{
public:
    // The line of an earlier row with the same address, or 0 after remembering this one.
    qsizetype firstLine(QByteArrayView address, qsizetype line)
    {
        m_lower.clear();
        bool ascii = true;
        for (const char c : address) {
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
            m_lower.push_back(c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c);
        }
        if (!ascii)
            m_lower = QString::fromUtf8(address).toLower().toStdString();
        quint64 h1 = quint64(qHashBits(m_lower.data(), m_lower.size(), 0x9e3779b97f4a7c15ULL));
        const quint64 h2 = quint64(qHashBits(m_lower.data(), m_lower.size(), 0x2545f4914f6cdd1dULL)) >> 40;
        if (h1 == 0)
            h1 = 1;
        if ((m_used + 1) * 4 > qsizetype(m_slots.size()) * 3)
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h1) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.h1 == 0) {
                s.h1 = h1;
                s.rest = (h2 << 40) | quint64(line);
                ++m_used;
                return 0;
            }
            if (s.h1 == h1 && (s.rest >> 40) == h2)
                return qsizetype(s.rest & ((quint64(1) << 40) - 1));
        }
    }

private:
    struct Slot
    {
        quint64 h1 = 0; // 0: empty
        quint64 rest = 0;
    };
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (!s.h1)
                continue;
            size_t i = size_t(s.h1) & mask;
            while (m_slots[i].h1)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }
    std::vector<Slot> m_slots;
    qsizetype m_used = 0;
    std::string m_lower; // the address being looked up, lower-cased
};

// The checks of one row against a mapping, shared by the plan and the batches.
struct RowRules
{
    explicit RowRules(const ColumnMapping &mapping)
    {
        headerSize = mapping.size();
        columns = mapping.apiColumnsInUse();
        for (const QString &c : columns) {
            sources.append(mapping.sourceOf(c));
            limits.append(apiColumnLimit(c));
        }
    }

    struct Result
    {
        RowVerdict verdict = RowVerdict::Valid;
        QString reason;
        QByteArrayView email;
    };

    Result check(const CsvRow &row) const
    {
        Result r;
        const auto field = [&row](qsizetype k) { return k < row.size() ? trimmed(row.utf8(k)) : QByteArrayView(); };
        r.email = columns.isEmpty() ? QByteArrayView() : field(sources.first());
        if (row.size() < headerSize) {
            r.verdict = RowVerdict::TooFewFields;
            r.reason =
                ImportPlanWords::tr("too few fields: %1 where the header has %2").arg(row.size()).arg(headerSize);
        } else if (row.size() > headerSize) {
            r.verdict = RowVerdict::TooManyFields;
            r.reason =
                ImportPlanWords::tr("too many fields: %1 where the header has %2").arg(row.size()).arg(headerSize);
        } else if (r.email.isEmpty()) {
            r.verdict = RowVerdict::NoEmail;
            r.reason = ImportPlanWords::tr("no e-mail address");
        } else if (characters(r.email) > 80) {
            r.verdict = RowVerdict::TooLong;
            r.reason = ImportPlanWords::tr("%1 is longer than %2 characters").arg(kEmail).arg(80);
        } else if (!isValidEmail(r.email)) {
            r.verdict = RowVerdict::InvalidEmail;
            r.reason = ImportPlanWords::tr("\"%1\" is not a valid e-mail address").arg(QString::fromUtf8(r.email));
        } else {
            for (qsizetype k = 1; k < columns.size(); ++k) {
                const QByteArrayView v = field(sources[k]);
                if (limits[k] > 0 && v.size() > limits[k] && characters(v) > limits[k]) {
                    r.verdict = RowVerdict::TooLong;
                    r.reason = ImportPlanWords::tr("%1 is longer than %2 characters").arg(columns[k]).arg(limits[k]);
                    break;
                }
            }
        }
        return r;
    }

    qsizetype lineBytes(const CsvRow &row, bool form) const
    {
        qsizetype n = form ? 3 : 1; // the line's LF
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const qsizetype from = sources[k];
            n += (k ? (form ? 3 : 1) : 0) + (from < row.size() ? dataSize(trimmed(row.utf8(from)), form) : 0);
        }
        return n;
    }

    QStringList values(const CsvRow &row) const
    {
        QStringList out;
        out.reserve(columns.size());
        for (const qsizetype from : sources)
            out.append(from < row.size() ? sentValue(row.utf8(from)) : QString());
        return out;
    }

    qsizetype headerBytes(bool form) const
    {
        const QByteArray h = columns.join(u',').toUtf8() + '\n';
        return form ? QUrl::toPercentEncoding(QString::fromUtf8(h)).size() : h.size();
    }

    qsizetype headerSize = 0;
    QStringList columns;
    QList<qsizetype> sources;
    QList<int> limits;
};

} // namespace

QString verdictName(RowVerdict verdict)
{
    switch (verdict) {
    case RowVerdict::Valid:
        return ImportPlanWords::tr("valid", "import row");
    case RowVerdict::NoEmail:
        return ImportPlanWords::tr("no e-mail", "import row");
    case RowVerdict::InvalidEmail:
        return ImportPlanWords::tr("not an e-mail address", "import row");
    case RowVerdict::TooLong:
        return ImportPlanWords::tr("too long", "import row");
    case RowVerdict::Duplicate:
        return ImportPlanWords::tr("duplicate", "import row");
    case RowVerdict::TooFewFields:
        return ImportPlanWords::tr("too few fields", "import row");
    case RowVerdict::TooManyFields:
        return ImportPlanWords::tr("too many fields", "import row");
    }
    return QString();
}

// ------------------------------------------------------------------------------ the plan

struct ImportPlanner::Private
{
    Private(const ColumnMapping &m, const UploadLimits &l)
        : rules(m)
        , limits(l)
    {
        plan.mapping = m;
        plan.header = m.header();
        plan.columns = rules.columns;
        if (m.emailColumn() < 0)
            plan.error =
                ImportPlanWords::tr("no column holds e-mail addresses (expected a header such as \"Email Address\")");
        headerBytes = rules.headerBytes(limits.formEncoded);
        batch.bytes = headerBytes;
    }
    RowRules rules;
    UploadLimits limits;
    ImportPlan plan;
    AddressSet seen;
    qsizetype headerBytes = 0;
    ImportPlan::Batch batch;
};

ImportPlanner::ImportPlanner(const ColumnMapping &mapping, const UploadLimits &limits)
    : d(std::make_unique<Private>(mapping, limits))
{}

ImportPlanner::~ImportPlanner() = default;

void ImportPlanner::add(const CsvRow &row)
{
    ImportPlan &plan = d->plan;
    const qsizetype index = plan.rows++;
    if (!plan.error.isEmpty())
        return;
    RowRules::Result r = d->rules.check(row);
    qsizetype duplicateOf = 0;
    if (r.verdict == RowVerdict::Valid) {
        duplicateOf = d->seen.firstLine(r.email, row.line());
        if (duplicateOf) {
            r.verdict = RowVerdict::Duplicate;
            r.reason = ImportPlanWords::tr("duplicate of line %1 (sent once)").arg(duplicateOf);
        }
    }
    ++plan.counts[size_t(r.verdict)];
    if (r.verdict != RowVerdict::Valid) {
        plan.rejected.append(
            RowProblem{row.line(), QString::fromUtf8(r.email), r.reason, r.verdict, duplicateOf, index});
        return;
    }
    const qsizetype bytes = d->rules.lineBytes(row, d->limits.formEncoded);
    ImportPlan::Batch &b = d->batch;
    if (b.rows > 0 && (b.rows >= d->limits.maxRows || b.bytes + bytes > d->limits.maxBytes)) {
        plan.batches.append(b);
        b = ImportPlan::Batch{index, index, 0, d->headerBytes};
    }
    if (b.rows == 0)
        b.firstRow = index;
    ++b.rows;
    b.bytes += bytes;
    b.endRow = index + 1;
}

ImportPlan ImportPlanner::finish()
{
    if (d->batch.rows > 0)
        d->plan.batches.append(d->batch);
    d->batch = {};
    return std::move(d->plan);
}

namespace {

CsvReaderOptions readerOptions(const ImportControl &control)
{
    CsvReaderOptions o;
    o.progress = control.progress;
    o.cancelled = control.cancelled;
    o.delimiter = control.delimiter;
    o.encoding = control.encoding;
    return o;
}

ImportPlan readFailure(const CsvReader &reader, ImportPlan plan)
{
    plan.readError = reader.error();
    plan.cancelled = reader.cancelled();
    plan.error = reader.cancelled()
                     ? QStringLiteral("cancelled")
                     : ImportPlanWords::tr("line %1: %2").arg(reader.error().line).arg(reader.error().message);
    return plan;
}

} // namespace

ImportInspection inspectFile(const QString &path, qsizetype previewRows, const CsvReaderOptions &options)
{
    ImportInspection out;
    CsvReader reader(options);
    if (reader.openFile(path)) {
        out.encoding = reader.encoding();
        out.delimiter = reader.delimiter();
        out.header = reader.header();
        while (out.preview.size() < previewRows && reader.next()) {
            out.preview.append(reader.row().texts());
            out.previewLines.append(reader.row().line());
        }
    }
    out.error = reader.error();
    return out;
}

namespace {

// The rest of an open file, planned.
ImportPlan planRows(CsvReader &reader, const ColumnMapping &mapping, const UploadLimits &limits)
{
    if (mapping.key() != ColumnMapping::headerKey(reader.header())) {
        ImportPlan plan;
        plan.error = ImportPlanWords::tr("the column mapping is for other headers than this file's");
        return plan;
    }
    ImportPlanner planner(mapping, limits);
    while (reader.next())
        planner.add(reader.row());
    ImportPlan plan = planner.finish();
    plan.encoding = reader.encoding();
    plan.delimiter = reader.delimiter();
    plan.header = reader.header();
    if (reader.hasError() || reader.cancelled())
        return readFailure(reader, std::move(plan));
    return plan;
}

} // namespace

ImportPlan planFile(const QString &path, const ColumnMapping &mapping, const UploadLimits &limits,
                    const ImportControl &control)
{
    CsvReader reader(readerOptions(control));
    if (!reader.openFile(path))
        return readFailure(reader, ImportPlan{});
    return planRows(reader, mapping, limits);
}

ImportPlan planFileAutomatic(const QString &path, const QMap<int, QString> &customFieldNames,
                             const UploadLimits &limits, const ImportControl &control)
{
    CsvReader reader(readerOptions(control));
    if (!reader.openFile(path))
        return readFailure(reader, ImportPlan{});
    return planRows(reader, ColumnMapping::automatic(reader.header(), customFieldNames), limits);
}

// ------------------------------------------------------------------------------ the batches

struct UploadSource::Private
{
    Private(const ImportPlan &p, const QString &type, const QStringList &l)
        : plan(p)
        , rules(p.mapping)
        , activityType(type)
        , lists(l)
    {}
    const ImportPlan &plan;
    RowRules rules;
    QString activityType;
    QStringList lists;
    std::unique_ptr<CsvReader> reader; // a file, or
    const CsvTable *table = nullptr;   // a table in memory
    CsvRow tableRow;
    qsizetype row = 0;      // the next data row's index
    qsizetype rejected = 0; // the next entry of plan.rejected
    qsizetype batch = 0;    // the next batch
    QString error;

    const CsvRow *nextRow()
    {
        if (table) {
            if (row >= table->rows.size())
                return nullptr;
            tableRow =
                CsvRow::fromTexts(row < table->rowLines.size() ? table->rowLines[row] : row + 2, table->rows[row]);
            return &tableRow;
        }
        if (reader->next())
            return &reader->row();
        if (reader->cancelled())
            error = QStringLiteral("cancelled");
        else if (reader->hasError())
            error = ImportPlanWords::tr("line %1: %2").arg(reader->error().line).arg(reader->error().message);
        return nullptr;
    }
};

UploadSource::UploadSource(const QString &path, const ImportPlan &plan, const QString &activityType,
                           const QStringList &lists, const ImportControl &control)
    : d(std::make_unique<Private>(plan, activityType, lists))
{
    ImportControl format = control;
    format.delimiter = plan.delimiter;
    format.encoding = plan.encoding;
    d->reader = std::make_unique<CsvReader>(readerOptions(format));
    if (!plan.ok()) {
        d->error = plan.error;
    } else if (!d->reader->openFile(path)) {
        d->error = ImportPlanWords::tr("line %1: %2").arg(d->reader->error().line).arg(d->reader->error().message);
    } else if (d->reader->header() != plan.header || d->reader->encoding() != plan.encoding ||
               d->reader->delimiter() != plan.delimiter) {
        d->error = ImportPlanWords::tr("the file changed since it was checked");
    }
}

UploadSource::UploadSource(const CsvTable &table, const ImportPlan &plan, const QString &activityType,
                           const QStringList &lists)
    : d(std::make_unique<Private>(plan, activityType, lists))
{
    d->table = &table;
    if (!plan.ok())
        d->error = plan.error;
}

UploadSource::~UploadSource() = default;

const QString &UploadSource::error() const
{
    return d->error;
}

std::optional<ActivityUpload> UploadSource::next()
{
    if (!d->error.isEmpty() || d->batch >= d->plan.batches.size())
        return std::nullopt;
    const ImportPlan::Batch &b = d->plan.batches[d->batch];
    ActivityUpload upload{d->activityType, d->rules.columns, {}, {}, d->lists};
    upload.rows.reserve(b.rows);
    while (d->row < b.endRow) {
        const CsvRow *row = d->nextRow();
        if (!row) {
            if (d->error.isEmpty())
                d->error = ImportPlanWords::tr("the file changed since it was checked (it is shorter)");
            return std::nullopt;
        }
        const qsizetype index = d->row++;
        const bool skipped = d->rejected < d->plan.rejected.size() && d->plan.rejected[d->rejected].rowIndex == index;
        if (skipped) {
            ++d->rejected;
            continue;
        }
        if (index < b.firstRow || d->rules.check(*row).verdict != RowVerdict::Valid) {
            d->error = ImportPlanWords::tr("the file changed since it was checked (line %1)").arg(row->line());
            return std::nullopt;
        }
        upload.rows.append(d->rules.values(*row));
        upload.sourceLines.append(row->line());
    }
    ++d->batch;
    if (upload.rows.size() != b.rows) {
        d->error = ImportPlanWords::tr("the file changed since it was checked");
        return std::nullopt;
    }
    return upload;
}

QStringList plannedEmails(const QString &path, const ImportPlan &plan, QString *error, const ImportControl &control)
{
    QStringList emails;
    emails.reserve(plan.valid());
    UploadSource source(path, plan, QString::fromUtf16(u"SV_ADD"), {}, control);
    while (std::optional<ActivityUpload> upload = source.next()) {
        for (const QStringList &row : std::as_const(upload->rows))
            emails.append(row.value(0));
    }
    if (!source.error().isEmpty()) {
        if (error)
            *error = source.error();
        return {};
    }
    return emails;
}

} // namespace ctct::importing
