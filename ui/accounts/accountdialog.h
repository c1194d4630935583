// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Connect to Constant Contact…" (design.md §7): server, username, API key and a password or an
// access token, checked with a request (the first page of lists) before the caller saves
// anything. While the check runs the dialog stays open with a busy indicator; Cancel (or
// Escape) stops the check and keeps the input. A failure is shown in the dialog in plain words
// with the server's message. Opened with open(), never exec().

#include "accounts/account.h"
#include "api/apierror.h"
#include "api/credentials.h"
#include "api/pager.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccountDialog;
}

namespace ctct {
class ApiSession;
} // namespace ctct

namespace ctct::ui {

class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    explicit AccountDialog(QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Asks again for a known account: server and username are filled in and fixed, the API key
    // too when known; reason (a 401's message, "no saved credentials") is shown above the buttons.
    void setAccount(const Account &account, const QString &reason = {}, const QString &apiKey = {});

    bool isChecking() const { return m_pager != nullptr; }
    QString statusText() const;

    // The account and credentials that passed the check (after verified()).
    Account account() const { return m_account; }

Q_SIGNALS:
    // The server accepted the credentials; the dialog closes.
    void verified(const ctct::ui::Account &account, const ctct::Credentials &credentials);

public Q_SLOTS:
    void accept() override; // starts the check
    void reject() override; // stops a check in progress, or closes

private:
    Account enteredAccount() const;
    Credentials enteredCredentials() const;
    void updateSignIn();
    void updateButtons();
    void setChecking(bool checking);
    void showStatus(const QString &text, bool problem);
    void onCheckFailed(const ApiResult &result);
    QString problemText(const ApiResult &result) const;

    const std::unique_ptr<Ui::AccountDialog> m_ui;
    std::unique_ptr<ApiSession> m_session; // the check's own, discarded after it
    QPointer<Pager> m_pager;
    Account m_account;
    bool m_fixedAccount = false;
};

} // namespace ctct::ui
