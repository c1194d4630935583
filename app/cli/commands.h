// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <cstdio>

namespace ctct::importing {
struct ImportPlan;
}

namespace ctct::cli {

// Exit codes of ctct (design.md §8).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitHttpClient = 3, // HTTP 4xx, or a 3xx (redirects are never followed)
    ExitNetwork = 4,    // network, timeout, 5xx after retries
    ExitUnreadable = 5, // a response or input that cannot be parsed, or a response over the size limit
    ExitLocal = 6,      // the local copy of the account cannot be opened or written
};

// ctct decode [--count] FILE|-  (arguments after the command name)
int runDecode(const QStringList &arguments, FILE *in, FILE *out, FILE *err);

// ctct import inspect [--no-header] FILE  (arguments after the command name)
int runImport(const QStringList &arguments, FILE *out, FILE *err);
// A JSON string literal, UTF-8.
QByteArray jsonString(QStringView text);
// The plan of an import as `activities import --dry-run` prints it (one line).
QByteArray planJson(const importing::ImportPlan &plan);

} // namespace ctct::cli
