// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ctct {

// A payload element this client does not know, kept with its text so nothing the server
// sent is silently dropped (the original XML is what update-by-patch preserves).
struct ExtraElement
{
    QString name;
    QString text;
    friend bool operator==(const ExtraElement &, const ExtraElement &) = default;
};

// What every resource entry carries: its resolved id (edit link, then payload @id, then
// <id>, see api-contract §1.4), its edit link and the entry's <updated> time.
struct Resource
{
    QString id;
    QString editLink;
    QDateTime updated;
    QList<ExtraElement> extra;

    // The last path segment of the id: "42" for .../contacts/42.
    QString shortId() const;
};

// The last path segment of a resource URI (or the whole string when it has no '/').
QString shortIdOf(QStringView uri);

// One page of a collection (or a single entry, as a page of one).
template<typename T>
struct Page
{
    QList<T> entries;
    QString next; // href of link rel="next" as sent (resolve it against the page URL)
    QString first;
    QString current;
    QString self;
    QString feedId;
    QString title;
    QDateTime updated;
    bool isFeed = false; // false when the document was a single <entry>
};

} // namespace ctct

// Only Qt value types and std types of them inside: QList may move these with memcpy.
Q_DECLARE_TYPEINFO(ctct::ExtraElement, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ctct::Resource, Q_RELOCATABLE_TYPE);
