// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiharness.h"

#include "cache/accountcache.h"

#include "jobwait.h"

#include "api/operations.h"
#include "models/roles.h"
#include "contacts/contactdetails.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace ctct::test {

namespace {

class FakeSecretBackend final : public SecretBackend
{
public:
    explicit FakeSecretBackend(FakeSecrets *state)
        : m_state(state)
    {}

    void read(const QString &key, Done done) override
    {
        ++m_state->reads;
        later([s = m_state, key, done] {
            if (s->next != Result::Ok)
                done(s->next, QStringLiteral("the test keychain says no"));
            else if (!s->entries.contains(key))
                done(Result::NotFound, QStringLiteral("not found"));
            else
                done(Result::Ok, s->entries.value(key));
        });
    }
    void write(const QString &key, const QString &secret, Done done) override
    {
        ++m_state->writes;
        later([s = m_state, key, secret, done] {
            if (s->next == Result::Ok)
                s->entries.insert(key, secret);
            done(s->next, s->next == Result::Ok ? QString() : QStringLiteral("the test keychain says no"));
        });
    }
    void remove(const QString &key, Done done) override
    {
        later([s = m_state, key, done] {
            s->entries.remove(key);
            done(Result::Ok, QString());
        });
    }

private:
    static void later(std::function<void()> f) { QTimer::singleShot(0, QCoreApplication::instance(), std::move(f)); }

    FakeSecrets *m_state;
};

} // namespace

std::unique_ptr<SecretBackend> FakeSecrets::makeBackend()
{
    return std::make_unique<FakeSecretBackend>(this);
}

SentRequests::SentRequests()
    : m_log(QStringLiteral("ctct.*.debug=false\nctct.api.access.debug=true"))
{}

int SentRequests::count(const QString &method, const QString &path) const
{
    // "ctct.api.access: PUT http://127.0.0.1:…/paymentstatus (auth: Basic, …)"; a request the
    // access manager refused is logged as a warning with "refused:" and never left.
    const QString prefix = QStringLiteral("ctct.api.access: ") + method + u' ';
    int n = 0;
    for (const QString &line : m_log.messages()) {
        const QString url = line.section(u' ', 2, 2);
        if (line.startsWith(prefix) && url.contains(path) && !line.contains(u" refused: "))
            ++n;
    }
    return n;
}

void UiHarness::setUpProgram()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Application::setIdentity();
    clearSettings(); // before the translations: a language chosen by an earlier run must not count
    ui::Application::installTranslations();
}

void UiHarness::clearSettings()
{
    QSettings settings(QStringLiteral("org.ctctmanager"), QStringLiteral("CtctManager"));
    settings.clear();
    settings.sync();
}

UiHarness::UiHarness()
    : UiHarness(Options{})
{}

UiHarness::UiHarness(const Options &options)
    : m_options(options)
{
    if (options.secrets)
        m_secrets = options.secrets;
    if (options.clearSettings)
        clearSettings();
    ui::Application::Options o;
    o.sandbox.memory = options.sandboxDataDir.isEmpty();
    o.sandbox.dataDir = options.sandboxDataDir;
    o.sandbox.contacts = options.contacts;
    o.sandbox.latencyMs = options.latencyMs;
    o.sandbox.registrants = options.registrants;
    o.sandbox.failRate = options.failRate;
    o.sandbox.failOnly = options.failOnly;
    o.sandbox.failTimes = options.failTimes;
    o.sandbox.activityStepMs = 50;
    o.sandboxOnly = options.sandboxOnly;
    o.cacheFolder = options.cacheFolder; // empty: no local copy
    if (!options.systemKeychain)
        o.secretBackend = [secrets = m_secrets](QObject *) { return secrets->makeBackend(); };
    m_app = std::make_unique<ui::Application>(o);
}

UiHarness::~UiHarness() = default;

bool UiHarness::start()
{
    m_app->start();
    if (!QTest::qWaitFor([this] { return m_app->isReady(); }, 10000))
        return false;
    window()->activateWindow();
    if (!QTest::qWaitForWindowActive(window()))
        return false;
    return QTest::qWaitFor([this] { return !lists()->isLoading() && model()->rowCount() > 0 && !tab()->isLoading(); },
                           10000);
}

bool UiHarness::waitForLocalCopy(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            cache::AccountCache *cache = m_app->accountCache();
            return cache && cache->isComplete() && !cache->isSyncing() && tab() && tab()->showsLocalCopy() &&
                   model()->rowCount() > 0;
        },
        timeoutMs);
}

QTableView *UiHarness::table() const
{
    return find<QTableView *>("contactsView");
}

QLineEdit *UiHarness::search() const
{
    return find<QLineEdit *>("searchField");
}

bool UiHarness::selectRow(int row)
{
    QTableView *view = table();
    const QModelIndex index = view->model()->index(row, 0);
    if (!index.isValid())
        return false;
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *details = window()->findChild<ui::ContactDetails *>();
    return QTest::qWaitFor(
        [details, view, index] {
            const QString id = view->model()->data(index, IdRole).toString();
            return details->contactId() == id && !details->isLoading();
        },
        10000);
}

QString UiHarness::emailAt(int row) const
{
    return table()->model()->index(row, ContactTableModel::EmailColumn).data().toString();
}

int UiHarness::rowOfEmail(const QString &email) const
{
    const QAbstractItemModel *m = table()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, ContactTableModel::EmailColumn).data().toString().compare(email, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

ApiResult UiHarness::resultOf(ApiJob *job, int timeoutMs)
{
    return waitForJob(job, timeoutMs);
}

Contact UiHarness::contactOnServer(const QString &id) const
{
    const ApiResult result = resultOf(operations()->getContact(id));
    if (!result.ok())
        return {};
    atom::Parsed<Contact> parsed = parseEntry<Contact>(result);
    return parsed.ok() ? *parsed.value : Contact{};
}

Event UiHarness::largestEvent() const
{
    auto *pager = operations()->events();
    QList<Event> events;
    bool done = false;
    QObject::connect(pager, &Pager::pageReady, pager, [&events, pager] { events += pager->takePage().entries; });
    QObject::connect(pager, &Pager::finished, pager, [&done] { done = true; });
    pager->fetchAll();
    const bool finished = QTest::qWaitFor([&done] { return done; }, 10000);
    pager->deleteLater();
    if (!finished || !pager->result().ok())
        return {};
    Event best;
    for (const Event &e : std::as_const(events)) {
        if (e.registered.value_or(0) + e.cancelledCount.value_or(0) >
            best.registered.value_or(0) + best.cancelledCount.value_or(0))
            best = e;
    }
    return best;
}

QStringList UiHarness::cutOffText(QWidget *window)
{
    // Text set a moment ago is laid out first, as it is before the window is painted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    const auto describe = [](const QWidget *w, const QString &text) {
        return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed)
                    problems.append(
                        describe(label, label->text()) +
                        QStringLiteral(" is %1 px high, its text needs %2").arg(label->height()).arg(needed));
            } else if (label->width() < label->minimumSizeHint().width()) {
                problems.append(describe(label, label->text()) + QStringLiteral(" is %1 px wide, its text needs %2")
                                                                     .arg(label->width())
                                                                     .arg(label->minimumSizeHint().width()));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w);
                   header && header->orientation() == Qt::Horizontal && header->model()) {
            const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + margins;
                if (!header->isSectionHidden(section) && header->sectionSize(section) < needed)
                    problems.append(describe(header, title) + QStringLiteral(" is %1 px wide, its title needs %2")
                                                                  .arg(header->sectionSize(section))
                                                                  .arg(needed));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w);
                   button && !button->text().isEmpty() && !qobject_cast<QToolButton *>(w)) {
            if (button->width() < button->sizeHint().width())
                problems.append(describe(button, button->text()) + QStringLiteral(" is %1 px wide, its text needs %2")
                                                                       .arg(button->width())
                                                                       .arg(button->sizeHint().width()));
        }
    }
    return problems;
}

bool UiHarness::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return tab() && !tab()->isLoading() && !lists()->isLoading() &&
                   find<QWidget *>("requestsLabel")->property("requests").toInt() == 0;
        },
        timeoutMs);
}

} // namespace ctct::test
