// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcontext.h"

namespace ctct::sandbox {

// /lists, /lists/{id} and /lists/{id}/members, with the three system lists (decision 20).
class ListsHandler final : public ResourceHandler
{
public:
    explicit ListsHandler(FeedContext &context)
        : ResourceHandler(context)
    {}

    HttpResponse listsCollection(const HttpRequest &request);
    HttpResponse listResource(const HttpRequest &request, const QString &id);
    HttpResponse listMembers(const HttpRequest &request, const QString &id);

private:
    HttpResponse listWrite(const HttpRequest &request, std::optional<qint64> id);
    HttpResponse listDelete(qint64 id);
    QByteArray listEntry(qint64 id, bool withSource);
    void writeListEntry(XmlWriter &out, const QSqlQuery &row, bool standalone);
};

} // namespace ctct::sandbox
