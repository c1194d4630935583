// SPDX-License-Identifier: GPL-3.0-or-later
// The committed translations are well formed beyond what lupdate checks: every translation
// keeps the source's placeholders (%1, %n), its HTML tags and its keyboard accelerator, has the
// plural forms its language needs, and the .qm files embedded in ctct_ui load and answer,
// French counting 0 as singular, and the core's words (an import's verdicts and reasons, the notes
// on columns left out, the CSV reader's errors, bounce codes) follow the language too. (Whether a
// .ts file is current and finished is translations_check's part.)

#include "importing/columnmapping.h"
#include "importing/csvreader.h"
#include "importing/importplan.h"
#include "reporting/campaignreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // the numerus forms, or the one translation
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
                out.append(current);
            }
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
            if (current.translations.size() == 1)
                out.append(current);
            else
                out.last().translations = current.translations;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// %1 … %99, %L1, %n (the placeholders QString::arg() and tr() fill in).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    return sorted(out);
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append((m.captured(0).startsWith(u"</") ? QStringLiteral("/") : QString()) + m.captured(1).toLower());
    }
    return sorted(out);
}

// Keyboard accelerators: an & before a letter or digit ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString tsDir()
{
    return QStringLiteral(CTCT_TS_DIR);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsWellFormed_data();
    void tsFileIsWellFormed();
    void embeddedTranslationsAnswer_data();
    void embeddedTranslationsAnswer();
    void frenchCountsZeroAsOne();
    void coreWordsInTheUsersLanguage();
};

void TestTranslations::tsFileIsWellFormed_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(tsDir()).entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("ctct-manager_de.ts")));
    QVERIFY(files.contains(QStringLiteral("ctct-manager_fr.ts")));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(tsDir()).filePath(file);
}

void TestTranslations::tsFileIsWellFormed()
{
    QFETCH(QString, path);
    QString language;
    QString error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QVERIFY2(!language.isEmpty() && !language.contains(u'_'), qPrintable(language)); // "de", not "de_DE"
    const bool pluralOnly = language == u"en";
    QStringList problems;
    for (const Message &m : messages) {
        if (pluralOnly && !m.numerus)
            continue;
        const QString where = m.context + u": \"" + m.source + u'"';
        if (m.numerus && m.translations.size() != 2)
            problems.append(where + QStringLiteral(" has %1 plural forms, not 2").arg(m.translations.size()));
        for (const QString &t : m.translations) {
            if (t.isEmpty()) {
                problems.append(where + u" is not translated");
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(t);
            // A singular may say "one" instead of %n ("Take the contact off …").
            if (m.numerus && !have.contains(QStringLiteral("%n")))
                want.removeAll(QStringLiteral("%n"));
            if (have != want)
                problems.append(where + u" → \"" + t + u"\": placeholders " + have.join(u' ') + u" instead of " +
                                want.join(u' '));
            if (htmlTags(t) != htmlTags(m.source))
                problems.append(where + u" → \"" + t + u"\": other HTML tags");
            if (accelerators(t) != accelerators(m.source))
                problems.append(where + u" → \"" + t + u"\": " + QString::number(accelerators(t)) +
                                u" accelerators instead of " + QString::number(accelerators(m.source)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::embeddedTranslationsAnswer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("contacts");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Kontakte");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Contacts");
}

void TestTranslations::embeddedTranslationsAnswer()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, contacts);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ctct-manager_") + language));
    QCOMPARE(translator.translate("ctct::ui::MainWindow", "&File"), file);
    QCOMPARE(translator.translate("ctct::ui::Application", "&Contacts"), contacts);
    // Words the sources hand to QT_TRANSLATE_NOOP and translate later (ui/frame/failure.cpp).
    QVERIFY(!translator.translate("ctct::ui::Failure", "The request was canceled.").isEmpty());
    QVERIFY(!translator.translate("ExportFile", "Save Export").isEmpty());
}

void TestTranslations::frenchCountsZeroAsOne()
{
    QTranslator fr;
    QVERIFY(fr.load(QStringLiteral(":/i18n/ctct-manager_fr")));
    QCoreApplication::installTranslator(&fr);
    const auto contacts = [](int n) {
        return QCoreApplication::translate("ctct::ui::ContactsTab", "%n contacts", nullptr, n);
    };
    QCOMPARE(contacts(0), QStringLiteral("0 contact"));
    QCOMPARE(contacts(1), QStringLiteral("1 contact"));
    QCOMPARE(contacts(2), QStringLiteral("2 contacts"));
    QCoreApplication::removeTranslator(&fr);

    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/ctct-manager_de")));
    QCoreApplication::installTranslator(&de);
    QCOMPARE(contacts(0), QStringLiteral("0 Kontakte"));
    QCOMPARE(contacts(1), QStringLiteral("1 Kontakt"));
    QCoreApplication::removeTranslator(&de);
}

void TestTranslations::coreWordsInTheUsersLanguage()
{
    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/ctct-manager_de")));
    QCoreApplication::installTranslator(&de);
    const auto cleanup = qScopeGuard([&de] { QCoreApplication::removeTranslator(&de); });
    using namespace ctct;
    QCOMPARE(importing::verdictName(importing::RowVerdict::Duplicate), QStringLiteral("doppelt"));
    QCOMPARE(reporting::bounceCodeMeaning(u"f"), QStringLiteral("Postfach voll"));
    QCOMPARE(importing::ColumnMapping::automatic(
                 {QStringLiteral("E-Mail"), QStringLiteral("Notizen"), QStringLiteral("Telefon")})
                 .leftOut(),
             (QStringList{QStringLiteral("Notizen (keine passende Spalte der API)"),
                          QString::fromUtf8("Telefon (könnte WORK PHONE oder HOME PHONE sein)")}));
    QCOMPARE(importing::readCsv(QByteArray("a,b\n\0,c\n", 9)).error.message,
             QStringLiteral("die Datei enthält Binärdaten (ein NUL-Byte), keinen Text (UTF-16 ohne Byte-Order-Mark "
                            "wird nicht gelesen)"));
    // A plan's reasons, as the import wizard shows them.
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("contacts.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Email Address,First Name\nann@example.com,Ann\nnot-an-address,Bob\nANN@example.com,Ann\n");
    csv.close();
    const importing::ImportPlan plan = importing::planFileAutomatic(csv.fileName());
    QCOMPARE(plan.rejected.size(), 2);
    QCOMPARE(plan.rejected[0].message, QString::fromUtf8("„not-an-address“ ist keine gültige E-Mail-Adresse"));
    QCOMPARE(plan.rejected[1].message, QStringLiteral("doppelt zu Zeile 2 (einmal gesendet)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
