// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"
#include <QtTest>
class T final : public QObject { Q_OBJECT private slots: void none() {} };
QTEST_GUILESS_MAIN(T)
#include "tst_sandbox_eventmarketing.moc"
