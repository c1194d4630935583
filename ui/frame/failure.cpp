// SPDX-License-Identifier: GPL-3.0-or-later
#include "failure.h"

#include "api/apierror.h"

#include <QCoreApplication>

namespace ctct::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ctct::ui::Failure", text);
}

} // namespace

QString describeFailure(const ApiResult &result, const FailureWords &words)
{
    const auto either = [&result](const QString &own, const char *general) {
        return (own.isEmpty() ? tr(general) : own).arg(result.message);
    };
    switch (result.error) {
    case ApiError::Conflict:
        return either(words.conflict,
                      QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                        "The server refused the change: it conflicts with what the account holds "
                                        "already. The server said: %1"));
    case ApiError::BadRequest:
        return either(words.badRequest, QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                                          "The server did not accept the input. The server said: %1"));
    case ApiError::Forbidden:
        return either(words.forbidden,
                      QT_TRANSLATE_NOOP("ctct::ui::Failure", "The server refused the change. The server said: %1"));
    case ApiError::NotFound:
        return either(words.notFound,
                      QT_TRANSLATE_NOOP("ctct::ui::Failure", "It no longer exists on the server. The server said: %1"));
    case ApiError::Unauthorized:
        return either({},
                      QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                        "The server did not accept the account's credentials. The server said: %1"));
    case ApiError::UnsupportedMedia:
        return either({}, QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                            "The server does not support this request. The server said: %1"));
    case ApiError::Timeout:
        return either({},
                      QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                        "The server did not answer in time (%1). Nothing is lost here: try again."));
    case ApiError::Network:
        return either({}, QT_TRANSLATE_NOOP("ctct::ui::Failure", "The server could not be reached: %1"));
    case ApiError::Tls:
        return either({}, QT_TRANSLATE_NOOP("ctct::ui::Failure", "The secure connection to the server failed: %1"));
    case ApiError::Server:
        return either({},
                      QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                        "The server had a problem and could not answer: %1. Try again in a moment."));
    case ApiError::Parse:
        if (result.attempts == 0) // refused before sending: the save would have lost data
            return either({}, QT_TRANSLATE_NOOP("ctct::ui::Failure", "Nothing was sent, so nothing was lost: %1"));
        return either({}, QT_TRANSLATE_NOOP("ctct::ui::Failure", "The server's answer could not be read: %1"));
    case ApiError::Redirect:
        return either({}, QT_TRANSLATE_NOOP(
                              "ctct::ui::Failure",
                              "The server sent the request to another address, which this app never follows so that "
                              "your credentials go nowhere else; check the server address of the account. %1"));
    case ApiError::TooLarge:
        return either(
            {}, QT_TRANSLATE_NOOP("ctct::ui::Failure",
                                  "The server's answer was larger than this app accepts, so it was not read: %1"));
    case ApiError::Canceled:
        return QCoreApplication::translate("ctct::ui::Failure", "The request was canceled.");
    case ApiError::None:
        break;
    }
    return result.message;
}

} // namespace ctct::ui
