#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QVector>

// The --list output: one line per session, columns aligned, so that people
// and scripts can read a database without opening a window.
class SessionTable
{
    Q_DECLARE_TR_FUNCTIONS(SessionTable)

public:
    static QString format(const QVector<SessionSummary> &sessions);
};
