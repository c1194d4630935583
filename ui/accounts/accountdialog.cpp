// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "ui_accountdialog.h"

#include "api/apisession.h"
#include "logging.h"
#include "widgets/problemlabel.h"

#include <QPushButton>

namespace ctct::ui {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountDialog"));
    m_ui->serverEdit->setText(ApiClient::defaultServer().toString());
    QPushButton *connectButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setAccessibleName(tr("Connect"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    m_ui->buttonBox->setAccessibleName(tr("Dialog buttons"));
    m_ui->busyIndicator->setVisible(false);
    m_ui->statusLabel->setVisible(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &AccountDialog::updateSignIn);
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->usernameEdit, m_ui->apiKeyEdit, m_ui->secretEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateButtons);
    updateSignIn();
    m_ui->usernameEdit->setFocus();
}

AccountDialog::~AccountDialog()
{
    delete m_pager.data(); // before the session it uses; its request ends quietly
}

void AccountDialog::setAccount(const Account &account, const QString &reason, const QString &apiKey)
{
    m_fixedAccount = true;
    setWindowTitle(tr("Sign in to %1").arg(account.label()));
    m_ui->serverEdit->setText(account.server.toString());
    m_ui->usernameEdit->setText(account.username);
    m_ui->serverEdit->setReadOnly(true);
    m_ui->usernameEdit->setReadOnly(true);
    (account.scheme == Credentials::Scheme::Bearer ? m_ui->tokenRadio : m_ui->passwordRadio)->setChecked(true);
    m_ui->apiKeyEdit->setText(apiKey);
    updateSignIn();
    if (!reason.isEmpty())
        showStatus(reason, true);
    (m_ui->apiKeyEdit->isEnabled() && apiKey.isEmpty() ? m_ui->apiKeyEdit : m_ui->secretEdit)->setFocus();
}

QString AccountDialog::statusText() const
{
    return m_ui->statusLabel->isVisible() ? m_ui->statusLabel->text() : QString();
}

Account AccountDialog::enteredAccount() const
{
    Account account;
    account.username = m_ui->usernameEdit->text().trimmed();
    QString text = m_ui->serverEdit->text().trimmed();
    if (!text.contains(QLatin1StringView("://")))
        text.prepend(QLatin1StringView("https://")); // a bare host name means the secure server
    const QUrl server(text);
    account.server = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                     QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    account.scheme = m_ui->tokenRadio->isChecked() ? Credentials::Scheme::Bearer : Credentials::Scheme::Basic;
    return account;
}

Credentials AccountDialog::enteredCredentials() const
{
    if (m_ui->tokenRadio->isChecked())
        return Credentials::bearer(m_ui->secretEdit->text());
    return Credentials::basic(m_ui->apiKeyEdit->text().trimmed(), m_ui->usernameEdit->text().trimmed(),
                              m_ui->secretEdit->text());
}

void AccountDialog::updateSignIn()
{
    const bool password = m_ui->passwordRadio->isChecked();
    // An access token stands for the API key and the password together.
    m_ui->apiKeyEdit->setEnabled(password && !isChecking());
    m_ui->apiKeyEditLabel->setEnabled(password);
    // "Token:" is no wider than "Password:", so the fields keep their place when the choice changes.
    m_ui->secretEditLabel->setText(password ? tr("Pass&word:") : tr("T&oken:"));
    m_ui->secretEdit->setAccessibleName(password ? tr("Password") : tr("Access token"));
    updateButtons();
}

void AccountDialog::updateButtons()
{
    const bool password = m_ui->passwordRadio->isChecked();
    const bool complete = !m_ui->serverEdit->text().trimmed().isEmpty() &&
                          !m_ui->usernameEdit->text().trimmed().isEmpty() && !m_ui->secretEdit->text().isEmpty() &&
                          (!password || !m_ui->apiKeyEdit->text().trimmed().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete && !isChecking());
}

void AccountDialog::setChecking(bool checking)
{
    m_ui->busyIndicator->setVisible(checking);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->passwordRadio), static_cast<QWidget *>(m_ui->tokenRadio),
                       static_cast<QWidget *>(m_ui->secretEdit)})
        w->setEnabled(!checking);
    m_ui->serverEdit->setEnabled(!checking);
    m_ui->usernameEdit->setEnabled(!checking);
    m_ui->apiKeyEdit->setEnabled(!checking && m_ui->passwordRadio->isChecked());
    updateButtons();
    if (checking)
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
}

void AccountDialog::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setProperty("problem", problem);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, ProblemLabel::colour(palette));
    m_ui->statusLabel->setPalette(palette);
}

void AccountDialog::accept()
{
    if (isChecking() || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Account account = enteredAccount();
    delete m_pager.data();
    QString error;
    m_session = account.server.isValid()
                    ? ApiSession::open({account.server, account.username, enteredCredentials()}, &error)
                    : nullptr;
    if (!m_session) {
        showStatus(
            tr("This server address cannot be used: %1").arg(error.isEmpty() ? tr("it is not a web address") : error),
            true);
        m_ui->serverEdit->setFocus();
        return;
    }
    // The user is waiting and can try again: a check fails at once instead of retrying.
    m_session->client()->setRetryPolicy(RetryPolicy::none());
    m_pager = m_session->operations().lists(this);
    connect(m_pager, &Pager::pageReady, this, [this, account] {
        m_account = account;
        const Credentials credentials = m_session->login().credentials;
        m_pager->deleteLater();
        m_pager = nullptr;
        setChecking(false);
        qCInfo(lcUiApp) << "the server accepted the credentials for" << account.label();
        emit verified(account, credentials);
        QDialog::accept();
    });
    connect(m_pager, &Pager::failed, this, &AccountDialog::onCheckFailed);
    showStatus(tr("Checking the credentials with %1…").arg(account.server.host()), false);
    setChecking(true);
    m_pager->fetchNext();
}

void AccountDialog::reject()
{
    if (isChecking()) {
        if (Pager *pager = std::exchange(m_pager, nullptr))
            pager->abandon();
        setChecking(false);
        showStatus(tr("The check was canceled; nothing was saved."), false);
        return;
    }
    QDialog::reject();
}

void AccountDialog::onCheckFailed(const ApiResult &result)
{
    if (m_pager) {
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    setChecking(false);
    qCInfo(lcUiApp) << "the credentials check failed:" << result.toString();
    showStatus(problemText(result), true);
    (m_ui->secretEdit->isEnabled() ? m_ui->secretEdit : m_ui->serverEdit)->setFocus();
}

QString AccountDialog::problemText(const ApiResult &result) const
{
    const bool token = m_ui->tokenRadio->isChecked();
    switch (result.error) {
    case ApiError::Unauthorized:
        return token ? tr("The server did not accept the access token. Nothing was saved.\nServer's message: %1")
                           .arg(result.message)
                     : tr("Wrong username, API key or password: the server did not accept them. Nothing was "
                          "saved.\nServer's message: %1")
                           .arg(result.message);
    case ApiError::Forbidden:
        return tr("The server refused access to this account. Nothing was saved.\nServer's message: %1")
            .arg(result.message);
    case ApiError::NotFound:
        return tr("No Constant Contact account was found at this address. Check the server and the username.\n"
                  "Server's message: %1")
            .arg(result.message);
    case ApiError::Tls:
        return tr("A secure connection to the server could not be made, so nothing was sent: %1").arg(result.message);
    case ApiError::Network:
        return tr("The server could not be reached: %1").arg(result.message);
    case ApiError::Timeout:
        return tr("The server did not answer in time. Try again later.");
    case ApiError::Parse:
        return tr("The server's answer is not what a Constant Contact server sends: %1").arg(result.message);
    default:
        break;
    }
    return tr("The check failed: %1").arg(result.message);
}

} // namespace ctct::ui
