// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ctct-sandbox of the benchmarks in a process of its own (in memory, on a free port), so the
// figures measured here are the client's alone.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace ctct::bench {

// Starts it with this many demo contacts and waits for it to listen; its server URL
// (http://127.0.0.1:PORT), or an empty one after saying why on stderr.
inline QUrl startSandbox(QProcess &sandbox, const QString &binary, int contacts)
{
    sandbox.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer startup;
    startup.start();
    sandbox.start(binary, {QStringLiteral("--memory"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--contacts"), QString::number(contacts)});
    // The first line says where it listens.
    QByteArray banner;
    while (!banner.contains('\n') && sandbox.waitForReadyRead(300000))
        banner += sandbox.readAll();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"))
                                          .match(QString::fromUtf8(banner));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "ctct-sandbox did not start: %s\n", banner.constData());
        return {};
    }
    std::printf("sandbox with %d contacts up in %lld ms\n", contacts, static_cast<long long>(startup.elapsed()));
    return QUrl(u"http://127.0.0.1:" + m.captured(1));
}

} // namespace ctct::bench
