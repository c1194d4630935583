// SPDX-License-Identifier: GPL-3.0-or-later
// Help and the look of the frame: F1 opens the user guide shipped with the app (its pictures
// load from the resources, offline), About names the version, Qt, the licence and the home
// page, and every action of the toolbar and the main menus has an icon (our own where the theme
// has none, as offscreen).
#include "uiharness.h"

#include "ctct_version.h"
#include "help/userguidewindow.h"
#include "widgets/icons.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>

using namespace ctct;
using namespace ctct::test;

class TestUiHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiHarness::setUpProgram(); }
    void f1OpensTheIllustratedGuide();
    void aboutNamesVersionQtLicenceAndHome();
    void toolbarAndMenusHaveIcons();
    void ourOwnIconsRender();
};

void TestUiHelp::f1OpensTheIllustratedGuide()
{
    UiHarness h;
    QVERIFY(h.start());
    QVERIFY(!h.window()->findChild<ui::UserGuideWindow *>());
    QTest::keyClick(h.window(), Qt::Key_F1);
    ui::UserGuideWindow *guide = nullptr;
    QTRY_VERIFY((guide = h.window()->findChild<ui::UserGuideWindow *>()) && guide->isVisible());
    QVERIFY(guide->isWindow());
    QCOMPARE(guide->browser()->source(), ui::UserGuideWindow::guideUrl());
    QTextDocument *doc = guide->browser()->document();
    QVERIFY(doc->toPlainText().contains(QStringLiteral("Import contacts from a CSV file")));

    // Every picture of the guide is in the resources.
    QStringList images;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                images.append(format.toImageFormat().name());
        }
    }
    QVERIFY2(images.size() >= 6, qPrintable(images.join(u", ")));
    for (const QString &name : std::as_const(images)) {
        const QVariant image = doc->resource(QTextDocument::ImageResource, QUrl(name));
        QVERIFY2(!image.value<QImage>().isNull() || !image.value<QPixmap>().isNull() || !image.toByteArray().isEmpty(),
                 qPrintable(name));
    }
    // F1 again raises the same window.
    guide->hide();
    h.window()->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(h.window()->findChildren<ui::UserGuideWindow *>().size(), 1);
}

void TestUiHelp::aboutNamesVersionQtLicenceAndHome()
{
    UiHarness h;
    QVERIFY(h.start());
    h.window()->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = h.window()->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) && box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral(CTCT_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3 or later")));
    QVERIFY(text.contains(QStringLiteral("ctct-manager developers")));
    // A home page only when the project has one (CTCT_HOMEPAGE_URL): never a made-up address.
    const QString home = QStringLiteral(CTCT_HOMEPAGE);
    if (home.isEmpty())
        QVERIFY2(!text.contains(u"href"), qPrintable(text));
    else
        QVERIFY2(text.contains(u"<a href=\"" + home + u"\">"), qPrintable(text));
    QVERIFY(!box->iconPixmap().isNull());
    box->close();
}

void TestUiHelp::toolbarAndMenusHaveIcons()
{
    // Every icon the tabs ask for has a fallback of ours (themeIcon() warns about one without).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("no icon of our own")));
    UiHarness h;
    QVERIFY(h.start());
    QStringList missing;
    const auto check = [&missing](QAction *a) {
        if (!a->isSeparator() && !a->menu() && a->icon().isNull())
            missing.append(a->objectName());
    };
    // The toolbar of every tab (each page brings its own actions).
    auto *tabs = h.find<QTabWidget *>("tabs");
    QVERIFY(tabs->count() >= 3);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTRY_VERIFY(h.window()->currentPage());
        const QList<QAction *> tools = h.find<QToolBar *>("mainToolBar")->actions();
        QVERIFY(tools.size() >= 2);
        for (QAction *a : tools)
            check(a);
    }
    for (const char *name : {"connectAction", "importAction", "exportAction", "quitAction", "refreshAction",
                             "findAction", "userGuideAction", "aboutAction"})
        check(h.window()->findChild<QAction *>(QLatin1StringView(name)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    QVERIFY(!h.window()->windowIcon().isNull());
}

void TestUiHelp::ourOwnIconsRender()
{
    // Offscreen there is no icon theme: what shows is our own SVG, drawn at toolbar size.
    for (const char *name : {"document-new", "edit-delete", "view-refresh", "document-import", "edit-find",
                             "office-chart-line", "help-contents", "wallet-open"}) {
        const QIcon icon = ui::themeIcon(QLatin1StringView(name));
        const QImage image = icon.pixmap(24, 24).toImage();
        QVERIFY2(!image.isNull(), name);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY2(drawn, name);
    }
    QVERIFY(!ui::appIcon().pixmap(16, 16).isNull());
    QVERIFY(!ui::appIcon().pixmap(256, 256).isNull());
}

QTEST_MAIN(TestUiHelp)
#include "tst_ui_help.moc"
