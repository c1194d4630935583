// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A draft campaign: new, edited, or a duplicate of any campaign, on the EntryEditor frame. Every
// writable element of api-contract §5.4: name, subject, from name, From and Reply-To chosen from
// the account's verified addresses (settings/emailaddresses), the lists, greeting, permission
// reminder, view as web page, forward and subscribe links, the organisation, and the HTML and
// text content with a preview. Checked before anything is sent (required elements, the name's
// length, an HTML document, an XHTML document well formed, the texts that go with the options);
// the text content is sent in its <Text> wrapper. The dialog stays open with the input until
// the server answers 2xx. Sent and running campaigns are shown read-only.

#include "domain/campaign.h"
#include "frame/entryeditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace ctct::ui {

class ProblemLabel;

class CampaignEditor final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditor)

public:
    static constexpr int MaxNameLength = 80;

    explicit CampaignEditor(const TabContext &context, QWidget *parent = nullptr);
    ~CampaignEditor() override;

    void newCampaign();
    void editCampaign(const QString &campaignId);
    // A new draft with the campaign's settings and content, named "Copy of …".
    void duplicateCampaign(const QString &campaignId);

    // The campaign as the form says it (for tests and the preview).
    Campaign editedCampaign() const;
    bool sendersLoaded() const { return m_sendersLoaded; }
    bool listsLoaded() const { return m_listsLoaded; }
    bool isReadOnly() const { return m_readOnly; }
    QString errorText() const { return problem(); }

    // "<Text>…</Text>" with the text escaped, as the API wants EmailTextContent; and back.
    static QString wrapText(const QString &text);
    static QString unwrapText(const QString &content);
    // Problems of the content for the format ("HTML" or "XHTML"); empty when it can be sent.
    static QString contentProblem(const QString &html, const QString &format);

Q_SIGNALS:
    void saved(const QString &campaignId);

protected:
    bool readEntry(const ApiResult &result, QString *error) override;
    QStringList validate(QWidget **firstInvalid) const override;
    ApiJob *sendSave() override;
    void saveAccepted(const ApiResult &result) override;
    QString failureText(const ApiResult &result) const override;
    bool canSave() const override;

private:
    void buildForm();
    void loadChoices();
    void fill(const Campaign &campaign);
    void applyChoices();
    void updatePreview();
    void updateOptionFields();

    Campaign m_campaign;
    bool m_sendersLoaded = false;
    bool m_listsLoaded = false;
    bool m_readOnly = false;

    QTabWidget *m_tabs = nullptr;
    ProblemLabel *m_problem = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_fromName = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_replyTo = nullptr;
    QListWidget *m_lists = nullptr;
    QLineEdit *m_salutation = nullptr;
    QComboBox *m_greetingName = nullptr;
    QLineEdit *m_greetingString = nullptr;
    QCheckBox *m_permission = nullptr;
    QPlainTextEdit *m_permissionText = nullptr;
    QCheckBox *m_webpage = nullptr;
    QLineEdit *m_webpageLinkText = nullptr;
    QLineEdit *m_webpageText = nullptr;
    QCheckBox *m_forward = nullptr;
    QLineEdit *m_forwardText = nullptr;
    QCheckBox *m_subscribe = nullptr;
    QLineEdit *m_subscribeText = nullptr;
    QList<QLineEdit *> m_organisation; // name, address 1-3, city, state, international state, country, postal code
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_html = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_styleSheet = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace ctct::ui
