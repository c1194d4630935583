// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace ctct::cli {

// Exit codes of ctct (design.md §8).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitHttpClient = 3, // HTTP 4xx, or a 3xx (redirects are never followed)
    ExitNetwork = 4,    // network, timeout, 5xx after retries
    ExitUnreadable = 5, // a response or input that cannot be parsed, or a response over the size limit
};

// ctct decode [--count] FILE|-  (arguments after the command name)
int runDecode(const QStringList &arguments, FILE *in, FILE *out, FILE *err);

} // namespace ctct::cli
