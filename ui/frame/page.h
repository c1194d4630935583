// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One tab of the main window (design.md §7). A page is created when its tab is first shown and
// gets the account's TabContext. It names the actions it contributes to the Edit and View menus
// and the toolbar (the window shows the current page's, and only those), answers F5
// (refresh()) and Ctrl+F (focusSearch()), and keeps its view state (table header, splitter)
// under its id in the settings. docs/ARCHITECTURE.md shows how to add one; the Contacts tab is
// the page to imitate.

#include "frame/tabcontext.h"

#include <QList>
#include <QWidget>

class QAction;

namespace ctct::ui {

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    // nullptr in a list stands for a separator.
    struct Actions
    {
        QList<QAction *> edit;    // the Edit menu (a QMenu goes in as menu->menuAction())
        QList<QAction *> view;    // the View menu, above the window's own entries
        QList<QAction *> toolBar; // the toolbar, before Refresh
    };

    // id: a short stable name for the settings ("contacts", "campaigns").
    Page(const TabContext &context, const QString &id, QWidget *parent = nullptr);
    ~Page() override;

    QString pageId() const { return m_id; }
    const TabContext &context() const { return m_context; }

    virtual Actions actions() const = 0;
    // F5: everything the page shows, from the server again.
    virtual void refresh() = 0;
    // Ctrl+F; false when the page has no search field (the window disables Find).
    virtual bool hasSearch() const { return false; }
    virtual void focusSearch() {}
    // Writes the view state to the settings (the window calls it when it closes or the
    // account changes).
    virtual void saveState() {}

Q_SIGNALS:
    // actions() changed (the window shows the new ones if the page is current).
    void actionsChanged();

protected:
    const Operations *operations() const { return m_context.operations(); }
    QByteArray viewState(QStringView part) const;
    void setViewState(QStringView part, const QByteArray &state);

private:
    const TabContext m_context;
    const QString m_id;
};

} // namespace ctct::ui
