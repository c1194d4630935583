// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ctct::test {

// Absolute path of a file under tests/data/.
QString dataPath(const QString &relative);
// Contents of a file under tests/data/; fails the current test when it cannot be read.
QByteArray readData(const QString &relative);

} // namespace ctct::test
