// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace ctct::test {

QString dataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("CTCT_TEST_DATA");
    if (base.isEmpty())
        base = QStringLiteral(CTCT_TEST_DATA_DIR);
    return base + u'/' + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read test data %1: %2").arg(relative, file.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace ctct::test
