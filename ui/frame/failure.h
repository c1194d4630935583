// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A failed request in plain words, the same everywhere: editors show it in their ProblemLabel,
// pages in the message bar. The sentence depends on the error class; where a resource has a
// better sentence for a class (a 409 for a contact is "another contact already has this
// address"), the caller gives it. Every sentence ends with the server's own message.

#include <QString>

namespace ctct {
struct ApiResult;
}

namespace ctct::ui {

// Sentences for the classes where the resource knows better; %1 is the server's message.
// An empty one takes the general sentence.
struct FailureWords
{
    QString conflict;   // 409
    QString badRequest; // 400
    QString forbidden;  // 403
    QString notFound;   // 404
};

QString describeFailure(const ApiResult &result, const FailureWords &words = {});

} // namespace ctct::ui
