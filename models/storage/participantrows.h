#pragma once

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>

// The people in a session, in seat order.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class ParticipantRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ParticipantRows(Store &store, StoreConnection &db);

    QVector<Participant> participants(qint64 sessionId) const;
    qint64 addParticipant(const Participant &participant, int index);
    bool removeParticipant(qint64 participantId, RemovedRows *removed);
    bool restoreParticipant(const RemovedRows &removed, int index);
    bool setParticipantField(qint64 participantId, ParticipantField field, const QVariant &value,
                             const std::optional<QVariant> &expected);
    bool setParticipantName(qint64 participantId, const QString &name);
    bool setParticipantRole(qint64 participantId, const QString &role);
    bool setParticipantPresent(qint64 participantId, bool present);
    bool setParticipantNothingLeft(qint64 participantId, bool nothingLeft);
    bool moveParticipant(qint64 sessionId, int from, int to, qint64 expectedId);
    bool hasSpoken(qint64 participantId) const;
    QVector<Participant> usualParticipants(qint64 sessionId) const;

private:
    bool updateParticipant(qint64 participantId, const ColumnValue &change,
                           const std::optional<QVariant> &expected, const QString &what);
    qint64 sessionOfParticipant(qint64 participantId) const;

    Store &m_store;
    StoreConnection &m_db;
};
