// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigneditor.h"

#include "api/operations.h"
#include "frame/failure.h"
#include "widgets/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QXmlStreamReader>

namespace ctct::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString yesNo(bool on)
{
    return on ? QStringLiteral("YES") : QStringLiteral("NO");
}

bool isYes(const QString &value)
{
    return value.compare(u"YES", Qt::CaseInsensitive) == 0;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QPlainTextEdit *textEdit(const QString &name, QWidget *parent, bool monospace = false)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    if (monospace)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

// Adds a row whose label names the field for screen readers too.
void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(field);
    field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    form->addRow(l, field);
}

void selectById(QComboBox *combo, const QString &id)
{
    const QString shortId = shortIdOf(id);
    for (int i = 0; i < combo->count(); ++i) {
        if (shortIdOf(combo->itemData(i).toString()) == shortId) {
            combo->setCurrentIndex(i);
            return;
        }
    }
}

} // namespace

CampaignEditor::CampaignEditor(const TabContext &context, QWidget *parent)
    : EntryEditor(context, parent)
{
    setObjectName(QStringLiteral("campaignEditor"));
    buildForm();
    loadChoices();
}

CampaignEditor::~CampaignEditor() = default;

void CampaignEditor::buildForm()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignEditorTabs"));

    auto *message = new QWidget(m_tabs);
    auto *messageForm = new QFormLayout(message);
    m_name = lineEdit(QStringLiteral("campaignNameEdit"), message);
    m_name->setMaxLength(MaxNameLength + 20); // longer input is refused in words, not cut off silently
    m_subject = lineEdit(QStringLiteral("subjectEdit"), message);
    m_fromName = lineEdit(QStringLiteral("fromNameEdit"), message);
    m_from = new QComboBox(message);
    m_from->setObjectName(QStringLiteral("fromEmailCombo"));
    m_replyTo = new QComboBox(message);
    m_replyTo->setObjectName(QStringLiteral("replyToCombo"));
    m_lists = new QListWidget(message);
    m_lists->setObjectName(QStringLiteral("campaignListsView"));
    m_lists->setMinimumHeight(m_lists->fontMetrics().height() * 7); // and whatever room the tab has left
    m_salutation = lineEdit(QStringLiteral("salutationEdit"), message);
    m_greetingName = new QComboBox(message);
    m_greetingName->setObjectName(QStringLiteral("greetingNameCombo"));
    m_greetingName->addItem(tr("First name"), QStringLiteral("FirstName"));
    m_greetingName->addItem(tr("Last name"), QStringLiteral("LastName"));
    m_greetingName->addItem(tr("First and last name"), QStringLiteral("FirstAndLastName"));
    m_greetingName->addItem(tr("No name"), QStringLiteral("None"));
    m_greetingString = lineEdit(QStringLiteral("greetingStringEdit"), message);
    addRow(messageForm, tr("&Name:"), m_name);
    addRow(messageForm, tr("&Subject:"), m_subject);
    addRow(messageForm, tr("From na&me:"), m_fromName);
    addRow(messageForm, tr("&From:"), m_from);
    addRow(messageForm, tr("&Reply-To:"), m_replyTo);
    addRow(messageForm, tr("&Lists:"), m_lists);
    addRow(messageForm, tr("Sal&utation:"), m_salutation);
    addRow(messageForm, tr("&Greeting name:"), m_greetingName);
    addRow(messageForm, tr("Greeting &text:"), m_greetingString);
    m_tabs->addTab(message, tr("Message"));

    auto *options = new QWidget(m_tabs);
    auto *optionsForm = new QFormLayout(options);
    m_permission = new QCheckBox(tr("Remind readers why they get this e-mail"), options);
    m_permission->setObjectName(QStringLiteral("permissionCheck"));
    m_permissionText = textEdit(QStringLiteral("permissionTextEdit"), options);
    m_permissionText->setMaximumHeight(m_permissionText->fontMetrics().height() * 4);
    m_webpage = new QCheckBox(tr("Offer a link to view it as a web page"), options);
    m_webpage->setObjectName(QStringLiteral("webpageCheck"));
    m_webpageText = lineEdit(QStringLiteral("webpageTextEdit"), options);
    m_webpageLinkText = lineEdit(QStringLiteral("webpageLinkTextEdit"), options);
    m_forward = new QCheckBox(tr("Include a forward-to-a-friend link"), options);
    m_forward->setObjectName(QStringLiteral("forwardCheck"));
    m_forwardText = lineEdit(QStringLiteral("forwardTextEdit"), options);
    m_subscribe = new QCheckBox(tr("Include a subscribe link"), options);
    m_subscribe->setObjectName(QStringLiteral("subscribeCheck"));
    m_subscribeText = lineEdit(QStringLiteral("subscribeTextEdit"), options);
    optionsForm->addRow(m_permission);
    addRow(optionsForm, tr("Re&minder text:"), m_permissionText);
    optionsForm->addRow(m_webpage);
    addRow(optionsForm, tr("Text &before the link:"), m_webpageText);
    addRow(optionsForm, tr("Lin&k text:"), m_webpageLinkText);
    optionsForm->addRow(m_forward);
    addRow(optionsForm, tr("&Forward link text:"), m_forwardText);
    optionsForm->addRow(m_subscribe);
    addRow(optionsForm, tr("Subscribe &link text:"), m_subscribeText);
    for (QCheckBox *check : {m_permission, m_webpage, m_forward, m_subscribe}) {
        check->setAccessibleName(check->text());
        connect(check, &QCheckBox::toggled, this, &CampaignEditor::updateOptionFields);
    }
    m_tabs->addTab(options, tr("Options"));

    auto *organisation = new QWidget(m_tabs);
    auto *organisationForm = new QFormLayout(organisation);
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("organizationNameEdit"), tr("&Organisation:")},
        {QStringLiteral("organizationAddress1Edit"), tr("Address &1:")},
        {QStringLiteral("organizationAddress2Edit"), tr("Address &2:")},
        {QStringLiteral("organizationAddress3Edit"), tr("Address &3:")},
        {QStringLiteral("organizationCityEdit"), tr("&City:")},
        {QStringLiteral("organizationStateEdit"), tr("&State (US/CA):")},
        {QStringLiteral("organizationInternationalStateEdit"), tr("&Region (elsewhere):")},
        {QStringLiteral("organizationCountryEdit"), tr("Co&untry:")},
        {QStringLiteral("organizationPostalCodeEdit"), tr("&Postal code:")},
    };
    for (const auto &[name, label] : fields) {
        QLineEdit *edit = lineEdit(name, organisation);
        m_organisation.append(edit);
        addRow(organisationForm, label, edit);
    }
    m_tabs->addTab(organisation, tr("Organisation"));

    auto *content = new QWidget(m_tabs);
    auto *contentForm = new QFormLayout(content);
    m_format = new QComboBox(content);
    m_format->setObjectName(QStringLiteral("contentFormatCombo"));
    m_format->addItem(QStringLiteral("HTML"), QStringLiteral("HTML"));
    m_format->addItem(QStringLiteral("XHTML"), QStringLiteral("XHTML"));
    m_html = textEdit(QStringLiteral("htmlContentEdit"), content, true);
    m_text = textEdit(QStringLiteral("textContentEdit"), content, true);
    m_styleSheet = textEdit(QStringLiteral("styleSheetEdit"), content, true);
    m_styleSheet->setMaximumHeight(m_styleSheet->fontMetrics().height() * 4);
    addRow(contentForm, tr("F&ormat:"), m_format);
    addRow(contentForm, tr("&HTML:"), m_html);
    addRow(contentForm, tr("Plain &text:"), m_text);
    addRow(contentForm, tr("St&yle sheet:"), m_styleSheet);
    m_tabs->addTab(content, tr("Content"));

    m_preview = new QTextBrowser(m_tabs);
    m_preview->setObjectName(QStringLiteral("editorPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_tabs->addTab(m_preview, tr("Preview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_preview)
            updatePreview();
    });

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("errorLabel"));
    auto *notice = new QLabel(this);
    notice->setObjectName(QStringLiteral("noticeLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(notice);
    layout->addWidget(buttons);
    setFrame(m_tabs, buttons, m_problem, notice);
    for (QLineEdit *e : {m_name, m_subject, m_fromName})
        connect(e, &QLineEdit::textChanged, this, &CampaignEditor::updateSaveButton);
    resize(720, 640);
    updateOptionFields();
}

void CampaignEditor::loadChoices()
{
    const Operations *ops = operations();
    if (!ops)
        return;
    // The verified sender addresses and the account's lists, for the From, Reply-To and Lists fields.
    TypedPager<EmailAddress> *senders = ops->emailAddresses(this);
    connect(senders, &Pager::pageReady, this, [this, senders] {
        for (const EmailAddress &a : senders->takePage().entries) {
            if (a.status.compare(u"Verified", Qt::CaseInsensitive) != 0)
                continue;
            m_from->addItem(a.emailAddress, a.id);
            m_replyTo->addItem(a.emailAddress, a.id);
        }
    });
    connect(senders, &Pager::finished, this, [this, senders] {
        senders->deleteLater();
        m_sendersLoaded = true;
        if (!senders->result().ok())
            showProblem(
                tr("The account's sender addresses could not be loaded: %1").arg(describeFailure(senders->result())));
        applyChoices();
    });
    senders->fetchAll();
    TypedPager<ContactList> *lists = ops->lists(this);
    connect(lists, &Pager::pageReady, this, [this, lists] {
        for (const ContactList &l : lists->takePage().entries) {
            if (l.isSystemList())
                continue;
            auto *item = new QListWidgetItem(l.name, m_lists);
            item->setData(kIdRole, l.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    });
    connect(lists, &Pager::finished, this, [this, lists] {
        lists->deleteLater();
        m_listsLoaded = true;
        applyChoices();
    });
    lists->fetchAll();
}

// The campaign's senders and lists, once both the campaign and the choices are in.
void CampaignEditor::applyChoices()
{
    if (!m_campaign.fromEmail.id.isEmpty())
        selectById(m_from, m_campaign.fromEmail.id);
    if (!m_campaign.replyToEmail.id.isEmpty())
        selectById(m_replyTo, m_campaign.replyToEmail.id);
    QStringList chosen;
    for (const QString &l : m_campaign.contactLists)
        chosen.append(shortIdOf(l));
    for (int i = 0; i < m_lists->count(); ++i) {
        QListWidgetItem *item = m_lists->item(i);
        item->setCheckState(chosen.contains(shortIdOf(item->data(kIdRole).toString())) ? Qt::Checked : Qt::Unchecked);
    }
    updateSaveButton();
}

void CampaignEditor::newCampaign()
{
    setWindowTitle(tr("New Draft Campaign"));
    Campaign c;
    c.status = QStringLiteral("Draft");
    c.greetingSalutation = tr("Dear");
    c.greetingName = QStringLiteral("FirstName");
    c.greetingString = tr("Greetings!");
    c.permissionReminder = QStringLiteral("NO");
    c.viewAsWebpage = QStringLiteral("NO");
    c.includeForwardEmail = QStringLiteral("NO");
    c.includeSubscribeLink = QStringLiteral("NO");
    c.emailContentFormat = QStringLiteral("HTML");
    c.emailContent = QStringLiteral("<html><body>\n<p></p>\n</body></html>");
    m_campaign = c;
    fill(c);
    startNew();
    m_name->setFocus();
}

void CampaignEditor::editCampaign(const QString &campaignId)
{
    setWindowTitle(tr("Edit Draft Campaign"));
    startEdit(operations() ? operations()->getCampaign(campaignId) : nullptr, tr("Loading the campaign…"),
              tr("The campaign could not be loaded: %1"));
}

void CampaignEditor::duplicateCampaign(const QString &campaignId)
{
    setWindowTitle(tr("Duplicate Campaign"));
    startNew();
    if (!operations())
        return;
    setBusy(true, tr("Loading the campaign to copy…"));
    operations()->getCampaign(campaignId)->then(this, [this](const ApiResult &result) {
        setBusy(false);
        const atom::Parsed<Campaign> parsed = result.ok() ? parseEntry<Campaign>(result) : atom::Parsed<Campaign>{};
        if (!parsed.ok()) {
            setUnusable(tr("The campaign to copy could not be loaded: %1")
                            .arg(result.ok() ? parsed.error.toString() : describeFailure(result)));
            return;
        }
        Campaign copy = *parsed.value;
        // A new draft: nothing of the original's identity, state or results.
        Campaign fresh;
        static_cast<Resource &>(copy) = static_cast<const Resource &>(fresh);
        copy.status = QStringLiteral("Draft");
        copy.name = tr("Copy of %1").arg(copy.name).left(MaxNameLength);
        copy.date = copy.lastEditDate = copy.lastRunDate = copy.nextRunDate = QDateTime();
        copy.sent = copy.opens = copy.clicks = copy.bounces = copy.forwards = copy.optOuts = copy.spamReports =
            std::nullopt;
        copy.urls.clear();
        copy.sharePageUrl.clear();
        copy.archiveStatus.clear();
        copy.archiveUrl.clear();
        m_campaign = copy;
        fill(copy);
        m_name->selectAll();
        m_name->setFocus();
    });
}

bool CampaignEditor::readEntry(const ApiResult &result, QString *error)
{
    const atom::Parsed<Campaign> parsed = parseEntry<Campaign>(result);
    if (!parsed.ok()) {
        *error = parsed.error.toString();
        return false;
    }
    m_campaign = *parsed.value;
    fill(m_campaign);
    const CampaignStatus status = m_campaign.statusValue();
    if (status == CampaignStatus::Sent || status == CampaignStatus::Running) {
        m_readOnly = true;
        setWindowTitle(tr("Campaign (read-only)"));
        setUnusable(tr("This campaign is %1: sent and running campaigns cannot be changed. Duplicate it to make a "
                       "new draft from it.")
                        .arg(m_campaign.status.toLower()));
    }
    m_name->setFocus();
    return true;
}

void CampaignEditor::fill(const Campaign &c)
{
    m_name->setText(c.name);
    m_subject->setText(c.subject);
    m_fromName->setText(c.fromName);
    m_salutation->setText(c.greetingSalutation);
    const int greeting = m_greetingName->findData(c.greetingName);
    m_greetingName->setCurrentIndex(greeting >= 0 ? greeting : 0);
    m_greetingString->setText(c.greetingString);
    m_permission->setChecked(isYes(c.permissionReminder));
    m_permissionText->setPlainText(c.permissionReminderText);
    m_webpage->setChecked(isYes(c.viewAsWebpage));
    m_webpageText->setText(c.viewAsWebpageText);
    m_webpageLinkText->setText(c.viewAsWebpageLinkText);
    m_forward->setChecked(isYes(c.includeForwardEmail));
    m_forwardText->setText(c.forwardEmailLinkText);
    m_subscribe->setChecked(isYes(c.includeSubscribeLink));
    m_subscribeText->setText(c.subscribeLinkText);
    const QStringList organisation = {
        c.organizationName,      c.organizationAddress1, c.organizationAddress2,           c.organizationAddress3,
        c.organizationCity,      c.organizationState,    c.organizationInternationalState, c.organizationCountry,
        c.organizationPostalCode};
    for (int i = 0; i < m_organisation.size(); ++i)
        m_organisation[i]->setText(organisation.at(i));
    const int format = m_format->findData(c.emailContentFormat.toUpper());
    m_format->setCurrentIndex(format >= 0 ? format : 0);
    m_html->setPlainText(c.emailContent);
    m_text->setPlainText(unwrapText(c.emailTextContent));
    m_styleSheet->setPlainText(c.styleSheet);
    applyChoices();
    updateOptionFields();
}

void CampaignEditor::updateOptionFields()
{
    m_permissionText->setEnabled(m_permission->isChecked());
    m_webpageText->setEnabled(m_webpage->isChecked());
    m_webpageLinkText->setEnabled(m_webpage->isChecked());
    m_forwardText->setEnabled(m_forward->isChecked());
    m_subscribeText->setEnabled(m_subscribe->isChecked());
}

void CampaignEditor::updatePreview()
{
    const Campaign c = editedCampaign();
    QString html = c.emailContent;
    if (!c.styleSheet.trimmed().isEmpty())
        m_preview->document()->setDefaultStyleSheet(c.styleSheet);
    m_preview->setHtml(html);
}

Campaign CampaignEditor::editedCampaign() const
{
    Campaign c = m_campaign;
    c.name = m_name->text().trimmed();
    c.subject = m_subject->text().trimmed();
    c.fromName = m_fromName->text().trimmed();
    c.fromEmail = {m_from->currentData().toString(), m_from->currentText()};
    c.replyToEmail = {m_replyTo->currentData().toString(), m_replyTo->currentText()};
    if (m_listsLoaded) {
        c.contactLists.clear();
        for (int i = 0; i < m_lists->count(); ++i) {
            if (m_lists->item(i)->checkState() == Qt::Checked)
                c.contactLists.append(m_lists->item(i)->data(kIdRole).toString());
        }
        c.hasContactLists = true;
    }
    c.greetingSalutation = m_salutation->text().trimmed();
    c.greetingName = m_greetingName->currentData().toString();
    c.greetingString = m_greetingString->text().trimmed();
    c.permissionReminder = yesNo(m_permission->isChecked());
    c.permissionReminderText = m_permissionText->toPlainText().trimmed();
    c.viewAsWebpage = yesNo(m_webpage->isChecked());
    c.viewAsWebpageText = m_webpageText->text().trimmed();
    c.viewAsWebpageLinkText = m_webpageLinkText->text().trimmed();
    c.includeForwardEmail = yesNo(m_forward->isChecked());
    c.forwardEmailLinkText = m_forwardText->text().trimmed();
    c.includeSubscribeLink = yesNo(m_subscribe->isChecked());
    c.subscribeLinkText = m_subscribeText->text().trimmed();
    QString *const organisation[] = {
        &c.organizationName,      &c.organizationAddress1, &c.organizationAddress2,           &c.organizationAddress3,
        &c.organizationCity,      &c.organizationState,    &c.organizationInternationalState, &c.organizationCountry,
        &c.organizationPostalCode};
    for (int i = 0; i < m_organisation.size(); ++i)
        *organisation[i] = m_organisation[i]->text().trimmed();
    c.emailContentFormat = m_format->currentData().toString();
    c.emailContent = m_html->toPlainText();
    c.emailTextContent = wrapText(m_text->toPlainText());
    c.styleSheet = m_styleSheet->toPlainText();
    return c;
}

QString CampaignEditor::wrapText(const QString &text)
{
    return u"<Text>" + text.toHtmlEscaped() + u"</Text>";
}

QString CampaignEditor::unwrapText(const QString &content)
{
    QString text = content.trimmed();
    if (!text.startsWith(u"<Text>") || !text.endsWith(u"</Text>"))
        return content;
    text = text.mid(6, text.size() - 13);
    // The escaping of toHtmlEscaped(), undone; &amp; last so that "&amp;lt;" stays "&lt;".
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString CampaignEditor::contentProblem(const QString &html, const QString &format)
{
    if (html.trimmed().isEmpty())
        return tr("The campaign needs HTML content.");
    if (format == u"XHTML") {
        QXmlStreamReader check(html);
        while (!check.atEnd())
            check.readNext();
        if (check.hasError())
            return tr("The XHTML content is not well formed (line %1: %2).")
                .arg(check.lineNumber())
                .arg(check.errorString());
        return {};
    }
    if (!html.contains(u"<html", Qt::CaseInsensitive) || !html.contains(u"</html>", Qt::CaseInsensitive))
        return tr("The HTML content must be a whole document, from <html> to </html>.");
    return {};
}

bool CampaignEditor::canSave() const
{
    return !m_readOnly && !m_name->text().trimmed().isEmpty();
}

QStringList CampaignEditor::validate(QWidget **firstInvalid) const
{
    QStringList problems;
    const auto problem = [&](QWidget *w, const QString &text) {
        if (problems.isEmpty())
            *firstInvalid = w;
        problems.append(text);
    };
    const Campaign c = editedCampaign();
    if (c.name.isEmpty())
        problem(m_name, tr("The campaign needs a name."));
    else if (c.name.size() > MaxNameLength)
        problem(m_name,
                tr("The name is %1 characters long; the API takes at most %2.").arg(c.name.size()).arg(MaxNameLength));
    if (c.subject.isEmpty())
        problem(m_subject, tr("The campaign needs a subject."));
    if (c.fromName.isEmpty())
        problem(m_fromName, tr("The campaign needs a from name."));
    if (c.fromEmail.id.isEmpty())
        problem(m_from, tr("Choose the From address (one of the account's verified addresses)."));
    if (c.replyToEmail.id.isEmpty())
        problem(m_replyTo, tr("Choose the Reply-To address (one of the account's verified addresses)."));
    if (m_webpage->isChecked() && (c.viewAsWebpageText.isEmpty() || c.viewAsWebpageLinkText.isEmpty()))
        problem(c.viewAsWebpageText.isEmpty() ? m_webpageText : m_webpageLinkText,
                tr("The web-page link needs its text and the text before it."));
    if (m_permission->isChecked() && c.permissionReminderText.isEmpty())
        problem(m_permissionText, tr("The permission reminder needs its text."));
    if (const QString bad = contentProblem(c.emailContent, c.emailContentFormat); !bad.isEmpty())
        problem(m_html, bad);
    if (m_text->toPlainText().trimmed().isEmpty())
        problem(m_text, tr("The campaign needs a plain-text version of its content."));
    return problems;
}

ApiJob *CampaignEditor::sendSave()
{
    if (!operations())
        return nullptr;
    const Campaign c = editedCampaign();
    return isCreating() ? operations()->createCampaign(c) : operations()->updateCampaign(c, originalXml());
}

void CampaignEditor::saveAccepted(const ApiResult &result)
{
    QString id = m_campaign.id;
    if (isCreating()) {
        const atom::Parsed<Campaign> created = parseEntry<Campaign>(result);
        id = created.ok() ? created.value->id : result.location.toString();
    }
    emit saved(id);
}

QString CampaignEditor::failureText(const ApiResult &result) const
{
    if (result.error == ApiError::Conflict)
        return tr("Another campaign is already called \"%1\"; campaign names must differ. The server said: %2")
            .arg(m_name->text().trimmed(), result.message);
    FailureWords words;
    words.badRequest = tr("The server did not accept the campaign. The server said: %1");
    words.notFound = tr("The campaign is no longer on the server. The server said: %1");
    return describeFailure(result, words);
}

} // namespace ctct::ui
