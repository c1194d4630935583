// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"
#include "ui_eventeditor.h"

#include "api/operations.h"
#include "frame/failure.h"
#include "importing/csvreader.h"
#include "models/eventtablemodel.h"
#include "models/registranttablemodel.h"
#include "widgets/resourcetableview.h"

#include <QHeaderView>
#include <QTimeZone>

namespace ctct::ui {

namespace {

const char *const kCurrencies[] = {"USD", "CAD", "EUR", "GBP", "AUD", "CHF", "NZD"};

QString trimmed(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

bool isWholeNumber(const QString &text)
{
    bool ok = false;
    return text.isEmpty() || (text.toLongLong(&ok) >= 0 && ok);
}

// The wall-clock time of t in its own offset, as a QDateTimeEdit shows it (no conversion).
QDateTime wallClock(const QDateTime &t)
{
    return QDateTime(t.date(), t.time());
}

// "UTC-05:00": the offset the event's times are in.
QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EventEditor::EventEditor(const TabContext &context, QWidget *parent)
    : EntryEditor(context, parent)
    , m_ui(std::make_unique<::Ui::EventEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("eventEditor"));
    setFrame(m_ui->formWidget, m_ui->buttons, m_ui->errorLabel, m_ui->noticeLabel);
    rememberGeometry(setting::EventEditorGeometry);

    for (const QString &type : EventTableModel::eventTypes())
        m_ui->typeCombo->addItem(EventTableModel::typeText(type), type);
    for (const char *status : {"DRAFT", "ACTIVE", "CANCELLED", "COMPLETE"})
        m_ui->statusCombo->addItem(EventTableModel::statusText(QString::fromLatin1(status)),
                                   QString::fromLatin1(status));
    for (const char *currency : kCurrencies)
        m_ui->currencyCombo->addItem(QString::fromLatin1(currency));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    m_ui->startEdit->setDisplayFormat(format);
    m_ui->endEdit->setDisplayFormat(format);

    QTableWidget *types = m_ui->typesTable;
    types->setColumnCount(TypeColumnCount);
    types->setHorizontalHeaderLabels(
        {tr("Type"), tr("Limit"), tr("Guests each"), tr("Fee label"), tr("Fee"), tr("Early fee"), tr("Late fee")});
    types->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    types->horizontalHeader()->setStretchLastSection(true);
    types->verticalHeader()->hide();
    const int widths[] = {140, 60, 85, 120, 70, 75, 70};
    for (int c = 0; c < TypeColumnCount; ++c)
        types->setColumnWidth(c, widths[c]);
    widenToTitles(types->horizontalHeader());
    connect(m_ui->addTypeButton, &QPushButton::clicked, this, [this] {
        addTypeLine();
        m_ui->typesTable->setCurrentCell(m_ui->typesTable->rowCount() - 1, TypeNameColumn);
        m_ui->typesTable->editItem(m_ui->typesTable->currentItem());
    });
    connect(m_ui->removeTypeButton, &QPushButton::clicked, this, [this] {
        if (m_ui->typesTable->currentRow() >= 0)
            m_ui->typesTable->removeRow(m_ui->typesTable->currentRow());
    });

    for (QCheckBox *check : {m_ui->payPalCheck, m_ui->chequeCheck, m_ui->doorCheck, m_ui->feeRequiredCheck})
        check->setAccessibleName(check->text().remove(u'&'));
    connect(m_ui->payPalCheck, &QCheckBox::toggled, this, &EventEditor::updatePaymentFields);
    connect(m_ui->chequeCheck, &QCheckBox::toggled, this, &EventEditor::updatePaymentFields);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EventEditor::updateSaveButton);
    updatePaymentFields();
}

EventEditor::~EventEditor() = default;

void EventEditor::addTypeLine(const QString &type, const QString &label, const QString &fee)
{
    QTableWidget *t = m_ui->typesTable;
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < TypeColumnCount; ++c)
        t->setItem(row, c, new QTableWidgetItem);
    t->item(row, TypeNameColumn)->setText(type);
    t->item(row, FeeLabelColumn)->setText(label);
    t->item(row, FeeColumn)->setText(fee);
}

QString EventEditor::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_ui->typesTable->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void EventEditor::updatePaymentFields()
{
    m_ui->payPalEdit->setEnabled(m_ui->payPalCheck->isChecked());
    for (QLineEdit *e : {m_ui->chequeAddressEdit, m_ui->chequeCityEdit, m_ui->chequeStateEdit,
                         m_ui->chequePostalCodeEdit, m_ui->chequeCountryEdit})
        e->setEnabled(m_ui->chequeCheck->isChecked());
}

void EventEditor::newEvent()
{
    setWindowTitle(tr("New Event"));
    Event e;
    // Next week, 18:00 to 20:00 here: a start the user changes anyway.
    const QDate day = QDate::currentDate().addDays(7);
    const int offset = QDateTime(day, QTime(18, 0)).offsetFromUtc();
    e.startDate = QDateTime(day, QTime(18, 0), QTimeZone(offset));
    e.endDate = QDateTime(day, QTime(20, 0), QTimeZone(offset));
    e.status = QStringLiteral("DRAFT");
    e.eventType = QStringLiteral("OTHER");
    e.currencyType = QStringLiteral("USD");
    fill(e);
    m_ui->statusCombo->setEnabled(false);
    m_ui->statusCombo->setToolTip(tr("A new event starts as a draft; make it active when it is ready."));
    startNew();
    m_ui->nameEdit->setFocus();
}

void EventEditor::editEvent(const QString &eventId)
{
    setWindowTitle(tr("Edit Event"));
    startEdit(operations() ? operations()->getEvent(eventId) : nullptr, tr("Loading the event…"),
              tr("The event could not be loaded: %1"));
}

bool EventEditor::readEntry(const ApiResult &result, QString *error)
{
    const atom::Parsed<Event> parsed = parseEntry<Event>(result);
    if (!parsed.ok()) {
        *error = parsed.error.toString();
        return false;
    }
    fill(*parsed.value);
    m_ui->nameEdit->selectAll();
    m_ui->nameEdit->setFocus();
    return true;
}

void EventEditor::fill(const Event &e)
{
    m_event = e;
    m_ui->nameEdit->setText(e.name);
    m_ui->titleEdit->setText(e.title);
    int type = m_ui->typeCombo->findData(e.eventType.toUpper());
    if (type < 0 && !e.eventType.isEmpty()) { // a type this client does not name stays as it is
        m_ui->typeCombo->addItem(e.eventType, e.eventType);
        type = m_ui->typeCombo->count() - 1;
    }
    m_ui->typeCombo->setCurrentIndex(std::max(0, type));
    int status = m_ui->statusCombo->findData(e.status.toUpper());
    if (status < 0 && !e.status.isEmpty()) {
        m_ui->statusCombo->addItem(e.status, e.status);
        status = m_ui->statusCombo->count() - 1;
    }
    m_ui->statusCombo->setCurrentIndex(std::max(0, status));
    m_ui->startEdit->setDateTime(wallClock(e.startDate));
    // The times are the event's own, in its offset from UTC (kept when saved).
    const QString offset = offsetText(e.startDate.isValid() ? e.startDate.offsetFromUtc() : 0);
    m_ui->startLabel->setText(tr("St&arts (%1):").arg(offset));
    m_ui->endLabel->setText(tr("&Ends (%1):").arg(offset));
    m_ui->endEdit->setDateTime(wallClock(e.endDate.isValid() ? e.endDate : e.startDate));
    m_ui->descriptionEdit->setPlainText(e.description);

    m_ui->locationEdit->setText(e.location.location);
    m_ui->address1Edit->setText(e.location.address1);
    m_ui->address2Edit->setText(e.location.address2);
    m_ui->cityEdit->setText(e.location.city);
    m_ui->stateEdit->setText(e.location.state);
    m_ui->postalCodeEdit->setText(e.location.postalCode);
    m_ui->countryEdit->setText(e.location.country);

    m_ui->typesTable->setRowCount(0);
    for (const RegistrationType &t : e.registrationTypes) {
        const QList<EventFee> fees = t.eventFees.isEmpty() ? QList<EventFee>{EventFee{}} : t.eventFees;
        for (const EventFee &f : fees) {
            addTypeLine(t.name, f.label, f.fee);
            const int row = m_ui->typesTable->rowCount() - 1;
            if (t.registrationLimitCount)
                m_ui->typesTable->item(row, LimitColumn)->setText(QString::number(*t.registrationLimitCount));
            if (t.guestLimit)
                m_ui->typesTable->item(row, GuestLimitColumn)->setText(QString::number(*t.guestLimit));
            m_ui->typesTable->item(row, EarlyFeeColumn)->setText(f.earlyFee);
            m_ui->typesTable->item(row, LateFeeColumn)->setText(f.lateFee);
        }
    }
    m_ui->feeRequiredCheck->setChecked(e.eventFeeRequired.value_or(false));
    m_ui->currencyCombo->setCurrentText(e.currencyType.isEmpty() ? QStringLiteral("USD") : e.currencyType);

    m_ui->payPalCheck->setChecked(false);
    m_ui->chequeCheck->setChecked(false);
    m_ui->doorCheck->setChecked(false);
    for (const PaymentOption &p : e.paymentOptions) {
        if (p.type.compare(u"PAYPAL", Qt::CaseInsensitive) == 0) {
            m_ui->payPalCheck->setChecked(true);
            m_ui->payPalEdit->setText(p.payPalAccountEmail);
        } else if (p.type.compare(u"CHECK", Qt::CaseInsensitive) == 0) {
            m_ui->chequeCheck->setChecked(true);
            m_ui->chequeAddressEdit->setText(p.paymentAddress.address1);
            m_ui->chequeCityEdit->setText(p.paymentAddress.city);
            m_ui->chequeStateEdit->setText(p.paymentAddress.state);
            m_ui->chequePostalCodeEdit->setText(p.paymentAddress.postalCode);
            m_ui->chequeCountryEdit->setText(p.paymentAddress.country);
        } else if (p.type.compare(u"DOOR", Qt::CaseInsensitive) == 0) {
            m_ui->doorCheck->setChecked(true);
        }
    }
    updatePaymentFields();
    m_ui->formWidget->setCurrentIndex(0);
}

bool EventEditor::canSave() const
{
    return !trimmed(m_ui->nameEdit).isEmpty();
}

QStringList EventEditor::validate(QWidget **firstInvalid) const
{
    QStringList problems;
    const auto problem = [&](QWidget *w, const QString &text) {
        if (!*firstInvalid)
            *firstInvalid = w;
        problems.append(text);
    };
    if (trimmed(m_ui->nameEdit).isEmpty())
        problem(m_ui->nameEdit, tr("An event needs a name."));
    if (m_ui->endEdit->dateTime() < m_ui->startEdit->dateTime())
        problem(m_ui->endEdit, tr("The event ends before it starts."));

    bool anyFee = false;
    for (int row = 0; row < m_ui->typesTable->rowCount(); ++row) {
        bool empty = true;
        for (int c = 0; c < TypeColumnCount; ++c)
            empty = empty && cell(row, c).isEmpty();
        if (empty)
            continue; // an empty line is left out
        const int line = row + 1;
        if (cell(row, TypeNameColumn).isEmpty())
            problem(m_ui->typesTable, tr("Line %1 of the registration types has no type name.").arg(line));
        if (!isWholeNumber(cell(row, LimitColumn)) || !isWholeNumber(cell(row, GuestLimitColumn)))
            problem(m_ui->typesTable, tr("Line %1: the limits must be whole numbers.").arg(line));
        for (int c : {FeeColumn, EarlyFeeColumn, LateFeeColumn}) {
            const QString fee = cell(row, c);
            if (fee.isEmpty())
                continue;
            const std::optional<qint64> cents = RegistrantTableModel::centsOf(fee);
            if (!cents) {
                problem(m_ui->typesTable,
                        tr("Line %1: \"%2\" is not an amount (write it like 25.00).").arg(line).arg(fee));
                break;
            }
            anyFee = anyFee || *cents > 0;
        }
    }
    const bool payPal = m_ui->payPalCheck->isChecked();
    const bool cheque = m_ui->chequeCheck->isChecked();
    if (payPal && !importing::isValidEmail(trimmed(m_ui->payPalEdit)))
        problem(m_ui->payPalEdit, tr("PayPal needs the e-mail address of the PayPal account."));
    if (cheque && trimmed(m_ui->chequeAddressEdit).isEmpty() && trimmed(m_ui->chequeCityEdit).isEmpty())
        problem(m_ui->chequeAddressEdit, tr("Cheques need the address they are sent to."));
    if (m_ui->feeRequiredCheck->isChecked()) {
        if (!anyFee)
            problem(m_ui->typesTable, tr("A fee is required, but no registration type has a fee."));
        if (m_ui->currencyCombo->currentText().trimmed().isEmpty())
            problem(m_ui->currencyCombo, tr("A fee is required: choose its currency."));
        if (!payPal && !cheque && !m_ui->doorCheck->isChecked())
            problem(m_ui->payPalCheck, tr("A fee is required: choose at least one way to pay."));
    }
    return problems;
}

QList<RegistrationType> EventEditor::editedTypes() const
{
    QList<RegistrationType> types;
    const auto original = [this](const QString &name) -> const RegistrationType * {
        for (const RegistrationType &t : m_event.registrationTypes) {
            if (t.name == name)
                return &t;
        }
        return nullptr;
    };
    for (int row = 0; row < m_ui->typesTable->rowCount(); ++row) {
        const QString name = cell(row, TypeNameColumn);
        if (name.isEmpty())
            continue;
        auto it =
            std::find_if(types.begin(), types.end(), [&name](const RegistrationType &t) { return t.name == name; });
        if (it == types.end()) {
            // What the table does not show (ticketing, closed by hand) stays as the server had it.
            const RegistrationType *was = original(name);
            RegistrationType t = was ? *was : RegistrationType{};
            t.name = name;
            t.eventFees.clear();
            const QString limit = cell(row, LimitColumn);
            const QString guests = cell(row, GuestLimitColumn);
            t.registrationLimitCount = limit.isEmpty() ? std::nullopt : std::optional<qint64>(limit.toLongLong());
            t.guestLimit = guests.isEmpty() ? std::nullopt : std::optional<qint64>(guests.toLongLong());
            types.append(t);
            it = types.end() - 1;
        }
        EventFee fee;
        fee.label = cell(row, FeeLabelColumn);
        fee.fee = cell(row, FeeColumn);
        fee.earlyFee = cell(row, EarlyFeeColumn);
        fee.lateFee = cell(row, LateFeeColumn);
        if (fee.label.isEmpty() && fee.fee.isEmpty() && fee.earlyFee.isEmpty() && fee.lateFee.isEmpty())
            continue;
        if (const RegistrationType *was = original(name)) {
            for (const EventFee &f : was->eventFees) {
                if (f.label == fee.label)
                    fee.feeScope = f.feeScope;
            }
        }
        it->eventFees.append(fee);
    }
    return types;
}

Event EventEditor::editedEvent() const
{
    Event e = m_event;
    e.name = trimmed(m_ui->nameEdit);
    e.title = trimmed(m_ui->titleEdit);
    e.eventType = m_ui->typeCombo->currentData().toString();
    if (!isCreating())
        e.status = m_ui->statusCombo->currentData().toString();
    e.description = m_ui->descriptionEdit->toPlainText().trimmed();
    // The times as typed, in the event's own offset from UTC (a new event: this computer's).
    const auto at = [this](const QDateTime &typed, const QDateTime &was) {
        const int offset = was.isValid() ? was.offsetFromUtc() : QDateTime(typed.date(), typed.time()).offsetFromUtc();
        return QDateTime(typed.date(), typed.time(), QTimeZone(offset));
    };
    e.startDate = at(m_ui->startEdit->dateTime(), m_event.startDate);
    e.endDate = at(m_ui->endEdit->dateTime(), m_event.endDate.isValid() ? m_event.endDate : m_event.startDate);
    e.location.location = trimmed(m_ui->locationEdit);
    e.location.address1 = trimmed(m_ui->address1Edit);
    e.location.address2 = trimmed(m_ui->address2Edit);
    e.location.city = trimmed(m_ui->cityEdit);
    e.location.state = trimmed(m_ui->stateEdit);
    e.location.postalCode = trimmed(m_ui->postalCodeEdit);
    e.location.country = trimmed(m_ui->countryEdit);
    e.hasLocation = e.hasLocation || !e.location.isEmpty();
    e.registrationTypes = editedTypes();
    e.eventFeeRequired = m_ui->feeRequiredCheck->isChecked();
    e.currencyType = m_ui->currencyCombo->currentText().trimmed().toUpper();

    QList<PaymentOption> options;
    if (m_ui->payPalCheck->isChecked()) {
        PaymentOption p;
        p.type = QStringLiteral("PAYPAL");
        p.payPalAccountEmail = trimmed(m_ui->payPalEdit);
        options.append(p);
    }
    if (m_ui->chequeCheck->isChecked()) {
        PaymentOption p;
        p.type = QStringLiteral("CHECK");
        p.paymentAddress.address1 = trimmed(m_ui->chequeAddressEdit);
        p.paymentAddress.city = trimmed(m_ui->chequeCityEdit);
        p.paymentAddress.state = trimmed(m_ui->chequeStateEdit);
        p.paymentAddress.postalCode = trimmed(m_ui->chequePostalCodeEdit);
        p.paymentAddress.country = trimmed(m_ui->chequeCountryEdit);
        options.append(p);
    }
    if (m_ui->doorCheck->isChecked()) {
        PaymentOption p;
        p.type = QStringLiteral("DOOR");
        options.append(p);
    }
    for (const PaymentOption &p : m_event.paymentOptions) { // kinds this client does not offer stay
        const QString type = p.type.toUpper();
        if (type != u"PAYPAL" && type != u"CHECK" && type != u"DOOR")
            options.append(p);
    }
    e.paymentOptions = options;
    return e;
}

ApiJob *EventEditor::sendSave()
{
    if (!operations())
        return nullptr;
    const Event e = editedEvent();
    return isCreating() ? operations()->createEvent(e) : operations()->updateEvent(e, originalXml());
}

void EventEditor::saveAccepted(const ApiResult &result)
{
    QString id = m_event.id;
    if (isCreating()) {
        const atom::Parsed<Event> created = parseEntry<Event>(result);
        id = created.ok() && !created.value->id.isEmpty() ? created.value->id : result.location.toString();
    }
    emit saved(id, isCreating());
}

QString EventEditor::failureText(const ApiResult &result) const
{
    FailureWords words;
    words.badRequest = tr("The server did not accept the event. The server said: %1");
    words.notFound = tr("The event is no longer on the server. The server said: %1");
    if (result.error == ApiError::UnsupportedMedia)
        return tr("This server does not let events be created or changed through the API. The server said: %1")
            .arg(result.message);
    return describeFailure(result, words);
}

} // namespace ctct::ui
