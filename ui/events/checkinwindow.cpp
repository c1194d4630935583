// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinwindow.h"

#include "api/apisession.h"
#include "api/operations.h"
#include "events/checkinsheet.h"
#include "frame/failure.h"
#include "logging.h"
#include "models/checkinmatchmodel.h"
#include "models/roles.h"
#include "widgets/filedialog.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ctct::ui {

namespace {

// What the door sees of each row: checked in green, cancelled grey, a failed check-in red.
class CheckInColours final : public QIdentityProxyModel
{
public:
    CheckInColours(const QSet<QString> *failed, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_failed(failed)
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole && role != Qt::BackgroundRole &&
            !(role == Qt::DisplayRole && index.column() == CheckInMatchModel::StatusColumn))
            return QIdentityProxyModel::data(index, role);
        const auto state = CheckInState(QIdentityProxyModel::data(index, CheckInMatchModel::CheckInStateRole).toInt());
        const bool failed = m_failed->contains(QIdentityProxyModel::data(index, IdRole).toString()) &&
                            state == CheckInState::NotCheckedIn;
        if (role == Qt::DisplayRole)
            return failed ? CheckInWindow::tr("Not checked in: the request failed")
                          : QIdentityProxyModel::data(index, role);
        if (failed)
            return role == Qt::BackgroundRole ? QBrush(QColor(0xfd, 0xe0, 0xdc)) : QBrush(QColor(0x8c, 0x1d, 0x18));
        switch (state) {
        case CheckInState::CheckedIn:
            return role == Qt::BackgroundRole ? QBrush(QColor(0xdf, 0xf3, 0xe4)) : QBrush(QColor(0x14, 0x5a, 0x32));
        case CheckInState::Cancelled:
        case CheckInState::Incomplete:
            return role == Qt::BackgroundRole ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
        case CheckInState::NotCheckedIn:
            break;
        }
        return {};
    }

private:
    const QSet<QString> *m_failed;
};

QString guestText(qint64 guests)
{
    if (guests <= 0)
        return CheckInWindow::tr("No guests");
    return CheckInWindow::tr("With %n guests", nullptr, int(std::min<qint64>(guests, 1000000)));
}

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

CheckInWindow *CheckInWindow::open(const TabContext &context, const Event &event, QWidget *parent)
{
    auto *window = new CheckInWindow(context, event, parent);
    window->show();
    window->raise();
    window->activateWindow();
    window->m_search->setFocus();
    return window;
}

CheckInWindow::CheckInWindow(const TabContext &context, const Event &event, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_event(event)
{
    setObjectName(QStringLiteral("checkInWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString title = m_event.title.isEmpty() ? m_event.name : m_event.title;
    setWindowTitle(tr("Check-in: %1").arg(title));
    m_matches = new CheckInMatchModel(this);
    m_colours = new CheckInColours(&m_failedIds, this);
    m_colours->setSourceModel(m_matches);
    buildLayout();
    resize(1100, 780);
    connect(m_matches, &CheckInMatchModel::countsChanged, this, &CheckInWindow::updateCounts);
    startLoading();
}

CheckInWindow::~CheckInWindow() = default;

void CheckInWindow::buildLayout()
{
    const QFont base = font();
    const QString title = m_event.title.isEmpty() ? m_event.name : m_event.title;

    m_heading = new QLabel(title.toHtmlEscaped(), this);
    m_heading->setObjectName(QStringLiteral("checkInHeading"));
    m_heading->setFont(scaled(base, 1.8, true));
    m_heading->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("checkInSubtitle"));
    m_subtitle->setFont(scaled(base, 1.1));
    QStringList where;
    if (m_event.startDate.isValid())
        where << eventWhen(m_event);
    if (!m_event.location.location.isEmpty())
        where << m_event.location.location;
    m_subtitle->setText(where.size() == 2 ? tr("%1 · %2").arg(where.at(0), where.at(1)) : where.value(0));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("checkInCounts"));
    m_counts->setFont(scaled(base, 1.4, true));
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counts->setAccessibleName(tr("Check-in counts"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_search->setAccessibleName(tr("Find registrant"));
    m_search->setPlaceholderText(tr("Name, e-mail or ticket, then Enter"));
    m_search->setFont(scaled(base, 2.0));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(m_search->fontMetrics().height() * 2);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInWindow::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInWindow::checkInCurrent);

    m_bannerBox = new QWidget(this);
    m_bannerBox->setObjectName(QStringLiteral("checkInBannerBox"));
    m_bannerBox->setAttribute(Qt::WA_StyledBackground);
    m_banner = new QLabel(m_bannerBox);
    m_banner->setObjectName(QStringLiteral("checkInBanner"));
    m_banner->setAccessibleName(tr("Check-in result"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMinimumHeight(QFontMetrics(scaled(base, 2.2, true)).height() * 2 + 12);
    m_undo = new QPushButton(tr("&Undo"), m_bannerBox);
    m_undo->setObjectName(QStringLiteral("checkInUndo"));
    m_undo->setToolTip(tr("Undo the last check-in (Ctrl+Z)"));
    m_undo->setFont(scaled(base, 1.2));
    m_undo->setFocusPolicy(Qt::NoFocus);
    connect(m_undo, &QPushButton::clicked, this, &CheckInWindow::undoLast);
    m_retry = new QPushButton(tr("&Retry"), m_bannerBox);
    m_retry->setObjectName(QStringLiteral("checkInRetry"));
    m_retry->setFont(scaled(base, 1.2));
    m_retry->setFocusPolicy(Qt::NoFocus);
    connect(m_retry, &QPushButton::clicked, this, &CheckInWindow::retry);
    auto *bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(18, 10, 18, 10);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_retry);
    bannerLayout->addWidget(m_undo);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("checkInTable"));
    m_table->setAccessibleName(tr("Matching registrants"));
    m_table->setModel(m_colours);
    m_table->setFont(scaled(base, 1.25));
    m_table->setFocusPolicy(Qt::NoFocus); // the search field keeps the focus
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setFont(scaled(base, 1.1, true));
    m_table->horizontalHeader()->setSectionResizeMode(CheckInMatchModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckInMatchModel::EmailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckInMatchModel::GuestsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CheckInMatchModel::TicketColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(CheckInMatchModel::StatusColumn,
                            m_table->fontMetrics().horizontalAdvance(tr("Not checked in: the request failed")) + 24);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_table->setCurrentIndex(index);
        checkInCurrent();
    });

    m_checkIn = new QPushButton(tr("Check In (Enter)"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setFocusPolicy(Qt::NoFocus);
    m_checkIn->setFont(scaled(base, 1.2, true));
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInWindow::checkInCurrent);
    m_print = new QPushButton(tr("&Print Sheet…"), this);
    m_print->setObjectName(QStringLiteral("checkInPrint"));
    m_print->setToolTip(tr("A PDF of everyone registered, with a box to tick, for when the network fails"));
    m_print->setFocusPolicy(Qt::NoFocus);
    connect(m_print, &QPushButton::clicked, this, &CheckInWindow::printSheet);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("checkInClose"));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    top->addWidget(m_counts);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_checkIn);
    bottom->addStretch(1);
    bottom->addWidget(m_print);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_bannerBox);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    showBanner(BannerKind::Info, tr("Loading the registrants…"));
    updateCounts();
}

bool CheckInWindow::isLoading() const
{
    return m_loading;
}

QList<Registrant> CheckInWindow::registrants() const
{
    return m_matches->checkInIndex().registrants();
}

QString CheckInWindow::bannerText() const
{
    return m_bannerText;
}

bool CheckInWindow::canUndo() const
{
    return !m_done.isEmpty() && !m_inFlight.contains(m_done.constLast().registrantId);
}

void CheckInWindow::startLoading()
{
    const Operations *ops = m_context.operations();
    if (!ops) {
        showBanner(BannerKind::Failure, tr("Not connected"), tr("Connect to an account first."));
        return;
    }
    if (m_pager)
        m_pager->abandon();
    m_loadFailed = false;
    m_loading = true;
    m_matches->clear();
    auto *pager = ops->registrants(m_event.id, this);
    m_pager = pager;
    connect(pager, &Pager::pageReady, this, [this, pager] {
        m_matches->append(pager->takePage().entries);
        if (m_bannerKind == BannerKind::Info && m_loading)
            showBanner(
                BannerKind::Info, tr("Loading the registrants…"),
                tr("%Ln registrants so far; check-in can start.", nullptr, int(m_matches->checkInIndex().size())));
    });
    connect(pager, &Pager::failed, this, [this](const ApiResult &result) {
        m_loadFailed = true;
        showBanner(BannerKind::Failure, tr("The registrants could not be loaded"), describeFailure(result));
    });
    connect(pager, &Pager::finished, this, [this, pager] {
        m_loading = false;
        const CheckInIndex &index = m_matches->checkInIndex();
        bool tickets = false;
        for (qsizetype i = 0; i < index.size() && !tickets; ++i)
            tickets = !index.at(i).ticketId.isEmpty();
        m_table->setColumnHidden(CheckInMatchModel::TicketColumn, !tickets); // the feed may not carry them
        pager->deleteLater();
        if (!m_loadFailed) {
            qCDebug(lcUiEvents) << "check-in loaded" << m_matches->checkInIndex().size() << "registrants";
            if (m_bannerKind == BannerKind::Info)
                showBanner(BannerKind::Info, tr("Ready"),
                           tr("%Ln registrants loaded. Type a name, an e-mail or a ticket, then Enter.", nullptr,
                              int(m_matches->checkInIndex().size())));
            emit loaded();
        }
        updateButtons();
    });
    updateButtons();
    pager->fetchAll();
}

void CheckInWindow::searchChanged()
{
    m_matches->setQuery(m_search->text());
    if (m_matches->rowCount() > 0)
        m_table->scrollToTop();
    updateButtons();
}

bool CheckInWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            // The field's own text undo would take Ctrl+Z: here it undoes the last check-in.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undoLast();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            switch (key->key()) {
            case Qt::Key_Down:
                moveCurrent(1);
                return true;
            case Qt::Key_Up:
                moveCurrent(-1);
                return true;
            case Qt::Key_PageDown:
                moveCurrent(10);
                return true;
            case Qt::Key_PageUp:
                moveCurrent(-10);
                return true;
            case Qt::Key_Escape:
                m_search->clear();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInWindow::moveCurrent(int delta)
{
    const int rows = m_matches->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : (delta > 0 ? 0 : rows - 1);
    m_table->setCurrentIndex(m_colours->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
}

qsizetype CheckInWindow::chosenRow() const
{
    if (m_matches->rowCount() == 1)
        return m_matches->indexRow(0);
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_matches->indexRow(current.row()) : -1;
}

void CheckInWindow::checkInCurrent()
{
    const QString typed = m_search->text().trimmed();
    const qsizetype row = chosenRow();
    if (row >= 0) {
        checkIn(row);
        return;
    }
    if (typed.isEmpty())
        return;
    const int n = m_matches->rowCount();
    if (n == 0) {
        showBanner(BannerKind::Refused, tr("No match for “%1”").arg(typed),
                   m_loading ? tr("Not all registrants are loaded yet.")
                             : tr("Check the spelling, or try the e-mail."));
    } else {
        showBanner(BannerKind::Info, tr("%Ln registrants match", nullptr, n),
                   tr("Type more, or choose one with the arrow keys and press Enter."));
    }
    m_search->selectAll();
}

void CheckInWindow::checkIn(qsizetype row)
{
    const Registrant &r = m_matches->checkInIndex().at(row);
    const QString name = registrantName(r);
    switch (checkInStateOf(r)) {
    case CheckInState::CheckedIn:
        showBanner(BannerKind::Refused, tr("%1 is already checked in").arg(name), guestText(r.guestCount.value_or(0)));
        m_search->clear();
        return;
    case CheckInState::Cancelled:
        showBanner(BannerKind::Refused, tr("%1 cancelled the registration").arg(name), tr("Not checked in."));
        m_search->clear();
        return;
    case CheckInState::Incomplete:
        showBanner(BannerKind::Refused, tr("%1 did not complete the registration").arg(name),
                   tr("Registration status: %1. Not checked in.").arg(r.registrationStatus));
        m_search->clear();
        return;
    case CheckInState::NotCheckedIn:
        break;
    }
    if (m_inFlight.contains(r.id)) {
        showBanner(BannerKind::Info, tr("%1 is being checked in").arg(name), tr("Waiting for the server."));
        m_search->clear();
        return;
    }
    Pending change;
    change.registrantId = r.id;
    change.status = QString::fromUtf16(Attended);
    change.type = attendanceTypeFor(r);
    change.previousStatus = r.attendanceStatus.isEmpty() ? QString::fromUtf16(NotAttended) : r.attendanceStatus;
    change.previousType = r.attendanceType;
    m_search->clear();
    send(change);
}

void CheckInWindow::undoLast()
{
    if (m_done.isEmpty()) {
        showBanner(BannerKind::Info, tr("Nothing to undo"));
        return;
    }
    const Pending &last = m_done.constLast();
    if (m_inFlight.contains(last.registrantId))
        return;
    Pending change;
    change.registrantId = last.registrantId;
    change.status = last.previousStatus;
    change.type = last.previousType.isEmpty() ? last.type : last.previousType;
    change.previousStatus = last.status;
    change.previousType = last.type;
    change.undo = true;
    send(change);
}

void CheckInWindow::retry()
{
    if (m_failed) {
        const Pending change = *m_failed;
        send(change);
        return;
    }
    if (m_loadFailed)
        startLoading();
}

void CheckInWindow::send(const Pending &change)
{
    const Operations *ops = m_context.operations();
    const qsizetype row = m_matches->checkInIndex().indexOf(change.registrantId);
    if (!ops || row < 0)
        return;
    const QString name = registrantName(m_matches->checkInIndex().at(row));
    m_failed.reset();
    m_inFlight.insert(change.registrantId);
    showBanner(BannerKind::Info,
               change.undo ? tr("Undoing the check-in of %1…").arg(name) : tr("Checking in %1…").arg(name));
    qCDebug(lcUiEvents) << (change.undo ? "undo" : "check in") << change.registrantId << change.status << change.type;
    ops->setAttendance(m_event.id, change.registrantId, change.status, change.type)
        ->then(this, [this, change](const ApiResult &result) { changeDone(change, result); });
}

void CheckInWindow::changeDone(const Pending &change, const ApiResult &result)
{
    m_inFlight.remove(change.registrantId);
    const qsizetype row = m_matches->checkInIndex().indexOf(change.registrantId);
    if (row < 0) { // the registrants were loaded anew meanwhile
        updateButtons();
        return;
    }
    const Registrant &r = m_matches->checkInIndex().at(row);
    const QString name = registrantName(r);
    if (!result.ok()) {
        qCWarning(lcUiEvents) << "attendance of" << change.registrantId << "failed:" << result.toString();
        m_failed = change;
        m_failedIds.insert(change.registrantId);
        m_matches->setAttendance(row, r.attendanceStatus, r.attendanceType); // repaints the row
        showBanner(BannerKind::Failure,
                   change.undo ? tr("%1 is still checked in").arg(name) : tr("%1 is NOT checked in").arg(name),
                   describeFailure(result));
        emit attendanceFailed(change.registrantId);
        updateButtons();
        return;
    }
    m_failedIds.remove(change.registrantId);
    m_matches->setAttendance(row, change.status, change.type);
    const qint64 guests = r.guestCount.value_or(0);
    if (change.undo) {
        for (qsizetype i = m_done.size() - 1; i >= 0; --i) {
            if (m_done.at(i).registrantId == change.registrantId) {
                m_done.removeAt(i);
                break;
            }
        }
        showBanner(BannerKind::Info, tr("Check-in of %1 undone").arg(name), tr("%1 is not checked in.").arg(name));
    } else {
        m_done.append(change);
        showBanner(BannerKind::Success, tr("✓ %1 checked in").arg(name), guestText(guests));
    }
    emit attendanceChanged(change.registrantId, change.status);
    updateButtons();
}

void CheckInWindow::printSheet()
{
    if (m_printing)
        return;
    const QString title = m_event.title.isEmpty() ? m_event.name : m_event.title;
    FileDialog::saveFile(this, tr("Print Check-in Sheet"), tr("%1 check-in sheet.pdf").arg(title),
                         tr("PDF files (*.pdf)"), [this](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             m_printing = true;
                             updateButtons();
                             showBanner(BannerKind::Info, tr("Writing the check-in sheet…"), path);
                             writeCheckInSheetInWorker(
                                 this, path, m_event, registrants(), [this, path](const QString &error) {
                                     m_printing = false;
                                     if (error.isEmpty())
                                         showBanner(BannerKind::Info, tr("The check-in sheet is written"), path);
                                     else
                                         showBanner(BannerKind::Failure, tr("The check-in sheet could not be written"),
                                                    tr("%1: %2").arg(path, error));
                                     updateButtons();
                                     emit sheetWritten(path, error);
                                 });
                         });
}

QString CheckInWindow::countsText() const
{
    const CheckInIndex::Counts c = m_matches->checkInIndex().counts();
    const QLocale locale;
    return tr("Checked in %1 of %2\nGuests %3 of %4")
        .arg(locale.toString(c.attended), locale.toString(c.registered), locale.toString(c.attendedGuests),
             locale.toString(c.guests));
}

void CheckInWindow::updateCounts()
{
    m_counts->setText(countsText());
}

void CheckInWindow::showBanner(BannerKind kind, const QString &headline, const QString &detail)
{
    m_bannerKind = kind;
    m_bannerText = detail.isEmpty() ? headline : headline + u'\n' + detail;
    QString background;
    QString foreground;
    switch (kind) {
    case BannerKind::Success:
        background = QStringLiteral("#1e7b3c");
        foreground = QStringLiteral("#ffffff");
        break;
    case BannerKind::Refused:
        background = QStringLiteral("#f6c343");
        foreground = QStringLiteral("#2b2100");
        break;
    case BannerKind::Failure:
        background = QStringLiteral("#b3261e");
        foreground = QStringLiteral("#ffffff");
        break;
    case BannerKind::Info:
    case BannerKind::None:
        background = QStringLiteral("#e6eaf0");
        foreground = QStringLiteral("#1d2733");
        break;
    }
    m_bannerBox->setStyleSheet(QStringLiteral("#checkInBannerBox { background: %1; border-radius: 8px; }"
                                              "#checkInBannerBox QLabel { color: %2; }")
                                   .arg(background, foreground));
    const qreal size = font().pointSizeF();
    QString html = QStringLiteral("<div style=\"font-size:%1pt; font-weight:600\">%2</div>")
                       .arg(size * 2.2, 0, 'f', 1)
                       .arg(headline.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<div style=\"font-size:%1pt\">%2</div>")
                    .arg(size * 1.3, 0, 'f', 1)
                    .arg(detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_banner->setText(html);
    updateButtons();
}

void CheckInWindow::updateButtons()
{
    m_undo->setEnabled(canUndo());
    m_retry->setVisible(m_failed.has_value() || (m_loadFailed && !m_loading));
    m_print->setEnabled(!m_printing && !m_loading && !m_matches->checkInIndex().isEmpty());
    m_checkIn->setEnabled(m_matches->rowCount() > 0);
}

} // namespace ctct::ui
