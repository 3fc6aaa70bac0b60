#pragma once

#include <QString>

class QSqlDatabase;

// The few things the two engines Candor stores in say differently. Opening,
// configuring, checking and backing up a database are the Database's and
// differ by engine there; everything else in the Store is one SQL for both,
// and what is not goes through here.
class Dialect
{
public:
    enum class Engine { Sqlite, Postgresql };

    static Engine of(const QSqlDatabase &db);

    // Puts off checking references until the current transaction commits,
    // so one action may put rows back in any order.
    static QString deferForeignKeys(Engine engine);
    // Begins a transaction whose references are checked at its commit: on a
    // server in one round trip, since every edit pays for it.
    static bool beginDeferred(QSqlDatabase &db);
};
