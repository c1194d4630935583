// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinsheet.h"

#include "models/checkinindex.h"
#include "models/contacttablemodel.h"
#include "platform/worker.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace ctct::ui {

namespace {

// The translation context of the sheet's words.
struct CheckInSheet
{
    Q_DECLARE_TR_FUNCTIONS(CheckInSheet)
};

QString sortKey(const Registrant &r)
{
    return foldForSearch(r.lastName) + u'\x01' + foldForSearch(r.firstName) + u'\x01' + foldForSearch(r.title);
}

QString listedName(const Registrant &r)
{
    if (!r.lastName.isEmpty() && !r.firstName.isEmpty())
        return CheckInSheet::tr("%1, %2").arg(r.lastName, r.firstName);
    return registrantName(r);
}

} // namespace

QString eventWhen(const Event &event)
{
    const QLocale locale;
    if (!event.startDate.isValid())
        return {};
    const QString day = locale.toString(event.startDate.date(), QLocale::LongFormat);
    const QString start = locale.toString(event.startDate.time(), QLocale::ShortFormat);
    if (!event.endDate.isValid())
        return CheckInSheet::tr("%1, %2").arg(day, start);
    if (event.endDate.date() == event.startDate.date())
        return CheckInSheet::tr("%1, %2 to %3")
            .arg(day, start, locale.toString(event.endDate.time(), QLocale::ShortFormat));
    return CheckInSheet::tr("%1, %2 to %3").arg(day, start, locale.toString(event.endDate, QLocale::ShortFormat));
}

QList<Registrant> checkInSheetRows(const QList<Registrant> &registrants)
{
    QList<std::pair<QString, Registrant>> keyed;
    keyed.reserve(registrants.size());
    for (const Registrant &r : registrants) {
        const CheckInState state = checkInStateOf(r);
        if (state == CheckInState::NotCheckedIn || state == CheckInState::CheckedIn)
            keyed.append({sortKey(r), r});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Registrant> rows;
    rows.reserve(keyed.size());
    for (auto &k : keyed)
        rows.append(std::move(k.second));
    return rows;
}

// Paints the sheet of rows (in their order) on a device whose paintable area is page: every
// page, newPage() starting each after the first, or only page onlyPage. The number of pages
// the whole sheet has; -1 when newPage() failed.
static int paintSheet(QPainter &p, QPaintDevice *device, const QRectF &page, const Event &event,
                      const QList<Registrant> &rows, int onlyPage, const std::function<bool()> &newPage)
{
    qint64 guests = 0;
    bool tickets = false; // the registrants feed may carry none
    for (const Registrant &r : rows) {
        guests += std::max<qint64>(0, r.guestCount.value_or(0));
        tickets = tickets || !r.ticketId.isEmpty();
    }
    const QString title = event.title.isEmpty() ? event.name : event.title;
    QFont body(QStringLiteral("Sans Serif"));
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(16);
    const qreal line = QFontMetricsF(body, device).height();
    const qreal rowHeight = line * 1.7;
    const qreal headerHeight = QFontMetricsF(heading, device).height() + line * 4.2;
    const qreal footerHeight = line * 2;
    const int perPage = std::max(1, int((page.height() - headerHeight - footerHeight) / rowHeight));
    const int pages = std::max<int>(1, int((rows.size() + perPage - 1) / perPage));

    // Columns: box, name, e-mail, guests, ticket.
    const qreal box = line * 1.1;
    const qreal xName = box + line;
    const qreal xEmail = page.width() * 0.42;
    const qreal xGuests = page.width() * (tickets ? 0.74 : 0.88);
    const qreal xTicket = tickets ? page.width() * 0.82 : page.width() + line;
    const QLocale locale;
    const QString date = eventWhen(event);
    const QString summary = CheckInSheet::tr("%1 · %2").arg(
        CheckInSheet::tr("%Ln registrants", nullptr, int(rows.size())),
        CheckInSheet::tr("%Ln guests", nullptr, int(std::min<qint64>(guests, std::numeric_limits<int>::max()))));

    for (int pageIndex = onlyPage < 0 ? 0 : onlyPage; pageIndex < (onlyPage < 0 ? pages : onlyPage + 1); ++pageIndex) {
        if (pageIndex > 0 && onlyPage < 0 && !newPage())
            return -1;
        p.setPen(Qt::black);
        p.setFont(heading);
        const qreal headingHeight = QFontMetricsF(heading, device).height();
        p.drawText(QRectF(0, 0, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(heading, device).elidedText(title, Qt::ElideRight, page.width()));
        p.setFont(body);
        p.drawText(QRectF(0, headingHeight, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, date);
        p.drawText(QRectF(0, headingHeight + line, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   CheckInSheet::tr("Check-in sheet · %1").arg(summary));
        const qreal columnsTop = headingHeight + line * 2.6;
        p.setFont(bold);
        p.drawText(QRectF(xName, columnsTop, xEmail - xName, line), Qt::AlignLeft | Qt::AlignVCenter,
                   CheckInSheet::tr("Name"));
        p.drawText(QRectF(xEmail, columnsTop, xGuests - xEmail, line), Qt::AlignLeft | Qt::AlignVCenter,
                   CheckInSheet::tr("E-mail"));
        p.drawText(QRectF(xGuests, columnsTop, xTicket - xGuests - line, line), Qt::AlignRight | Qt::AlignVCenter,
                   CheckInSheet::tr("Guests"));
        if (tickets)
            p.drawText(QRectF(xTicket, columnsTop, page.width() - xTicket, line), Qt::AlignLeft | Qt::AlignVCenter,
                       CheckInSheet::tr("Ticket"));
        p.drawLine(QPointF(0, columnsTop + line * 1.2), QPointF(page.width(), columnsTop + line * 1.2));

        p.setFont(body);
        const QFontMetricsF metrics(body, device);
        const int first = pageIndex * perPage;
        const int last = std::min<int>(int(rows.size()), first + perPage);
        for (int i = first; i < last; ++i) {
            const Registrant &r = rows.at(i);
            const qreal top = headerHeight + (i - first) * rowHeight;
            const qreal mid = top + rowHeight / 2;
            const QRectF boxRect(0, mid - box / 2, box, box);
            p.setPen(QPen(Qt::black, 4));
            p.drawRect(boxRect);
            if (checkInStateOf(r) == CheckInState::CheckedIn) {
                p.drawLine(QPointF(boxRect.left() + box * 0.2, mid),
                           QPointF(boxRect.left() + box * 0.45, mid + box * 0.3));
                p.drawLine(QPointF(boxRect.left() + box * 0.45, mid + box * 0.3),
                           QPointF(boxRect.right() - box * 0.15, mid - box * 0.35));
            }
            p.setPen(Qt::black);
            const QRectF nameRect(xName, top, xEmail - xName - line, rowHeight);
            p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(listedName(r), Qt::ElideRight, nameRect.width()));
            const QRectF emailRect(xEmail, top, xGuests - xEmail - line, rowHeight);
            p.drawText(emailRect, Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(r.emailAddress, Qt::ElideRight, emailRect.width()));
            p.drawText(QRectF(xGuests, top, xTicket - xGuests - line, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       locale.toString(r.guestCount.value_or(0)));
            if (tickets) {
                const QRectF ticketRect(xTicket, top, page.width() - xTicket, rowHeight);
                p.drawText(ticketRect, Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(r.ticketId, Qt::ElideRight, ticketRect.width()));
            }
            p.setPen(QPen(Qt::lightGray, 2));
            p.drawLine(QPointF(0, top + rowHeight), QPointF(page.width(), top + rowHeight));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   CheckInSheet::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages));
        p.drawText(QRectF(0, page.height() - line, page.width() * 0.7, line), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(title, Qt::ElideRight, page.width() * 0.7));
    }
    return pages;
}

bool writeCheckInSheet(const QString &path, const Event &event, const QList<Registrant> &registrants, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setTitle(CheckInSheet::tr("Check-in sheet: %1").arg(event.title.isEmpty() ? event.name : event.title));
    pdf.setCreator(QStringLiteral("ctct-manager"));
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = CheckInSheet::tr("the PDF could not be started");
        return false;
    }
    const int pages = paintSheet(p, &pdf, QRectF(0, 0, pdf.width(), pdf.height()), event, checkInSheetRows(registrants),
                                 -1, [&pdf] { return pdf.newPage(); });
    if (pages < 0) {
        *error = CheckInSheet::tr("a new page could not be started");
        p.end();
        return false;
    }
    if (!p.end()) {
        *error = CheckInSheet::tr("the PDF could not be finished");
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QImage checkInSheetPreview(const Event &event, const QList<Registrant> &registrants, int dpi)
{
    const qreal dotsPerMm = dpi / 25.4;
    QImage image(QSize(qRound(210 * dotsPerMm), qRound(297 * dotsPerMm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter p(&image);
    const qreal margin = 15 * dotsPerMm;
    p.translate(margin, margin);
    paintSheet(p, &image, QRectF(0, 0, image.width() - 2 * margin, image.height() - 2 * margin), event,
               checkInSheetRows(registrants), 0, {});
    return image;
}

void writeCheckInSheetInWorker(QObject *context, const QString &path, const Event &event,
                               const QList<Registrant> &registrants, std::function<void(const QString &error)> then)
{
    runInWorker(
        context,
        [path, event, registrants] {
            QString error;
            if (!writeCheckInSheet(path, event, registrants, &error) && error.isEmpty())
                error = CheckInSheet::tr("the file could not be written");
            return error;
        },
        [then = std::move(then)](const QString &error) { then(error); });
}

} // namespace ctct::ui
