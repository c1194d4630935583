// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Captures every log message (all categories) while alive, with the given filter rules on,
// so a test can assert what was, and what was never, written to the log.

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ctct::test {

class LogCapture final
{
    Q_DISABLE_COPY_MOVE(LogCapture)

public:
    explicit LogCapture(const QString &filterRules = QStringLiteral("ctct.*.debug=true"));
    ~LogCapture();

    // "category: message" per line, in order.
    QStringList messages() const;
    QString text() const { return messages().join(u'\n'); }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace ctct::test
