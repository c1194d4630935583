// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

// /contacts and /contacts/{id}: the collection (with e-mail search and updatedsince), the
// resource and the status model of contract §3.5.
class ContactsHandler final : public ResourceHandler
{
public:
    explicit ContactsHandler(FeedContext &context)
        : ResourceHandler(context)
    {}

    HttpResponse contactsCollection(const HttpRequest &request);
    HttpResponse contactResource(const HttpRequest &request, const QString &id);

private:
    HttpResponse contactsGet(const HttpRequest &request);
    HttpResponse contactsPost(const HttpRequest &request);
    HttpResponse contactPut(const HttpRequest &request, qint64 id);
    HttpResponse contactDelete(qint64 id);
    QByteArray contactEntry(qint64 id, bool withSource);
    void writeContactDetail(XmlWriter &out, const QSqlQuery &row, qint64 id);
    void writeContactSummary(XmlWriter &out, const QSqlQuery &row, bool search);
};

} // namespace ctct::sandbox
