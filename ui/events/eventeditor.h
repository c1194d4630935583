// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new event, or an event's settings, on the EntryEditor frame (POST /events creates a draft,
// PUT /events/{id} patches the entry the server sent; decision 15): name, title, type, status,
// dates, description, the place, registration types with their fees, whether a fee is
// required and in which currency, and the payment options (PayPal, cheque, at the door). The
// input is checked before anything is sent; the dialog stays open with it until the server
// answers 2xx and says a refusal in plain words with the server's message.

#include "domain/event.h"
#include "frame/entryeditor.h"

#include <memory>

namespace Ui {
class EventEditor;
}

namespace ctct::ui {

class EventEditor final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    // The columns of the registration types table: one line per fee.
    enum TypeColumn {
        TypeNameColumn,
        LimitColumn,
        GuestLimitColumn,
        FeeLabelColumn,
        FeeColumn,
        EarlyFeeColumn,
        LateFeeColumn,
        TypeColumnCount
    };

    explicit EventEditor(const TabContext &context, QWidget *parent = nullptr);
    ~EventEditor() override;

    void newEvent();
    // Loads the event (its entry is what a save patches) and fills the form.
    void editEvent(const QString &eventId);

    QString errorText() const { return problem(); }
    // Appends a line to the registration types table (also the Add Line button).
    void addTypeLine(const QString &type = {}, const QString &label = {}, const QString &fee = {});

Q_SIGNALS:
    // The server accepted the event; id is the one it has (for a new event: from Location).
    void saved(const QString &eventId, bool created);

protected:
    bool readEntry(const ApiResult &result, QString *error) override;
    QStringList validate(QWidget **firstInvalid) const override;
    ApiJob *sendSave() override;
    void saveAccepted(const ApiResult &result) override;
    QString failureText(const ApiResult &result) const override;
    bool canSave() const override;

private:
    void fill(const Event &event);
    Event editedEvent() const;
    QList<RegistrationType> editedTypes() const;
    QString cell(int row, int column) const;
    void updatePaymentFields();

    const std::unique_ptr<::Ui::EventEditor> m_ui;
    Event m_event;
};

} // namespace ctct::ui
