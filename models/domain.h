#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The vocabulary shared by storage, item models and the screens.

enum class SessionKind { PreMortem, PostMortem };

// The phases of the live flow, in the order the facilitator walks them.
enum class Phase { Setup, Scene, Writing, Sharing, Ranked, Discussion, Actions, Summary };

struct SessionSummary
{
    qint64 id = 0;
    SessionKind kind = SessionKind::PreMortem;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int concernCount = 0;
    int actionCount = 0;
};

class Domain
{
    Q_DECLARE_TR_FUNCTIONS(Domain)

public:
    // Stable spellings stored in the database; never translated.
    static QString kindKey(SessionKind kind);
    static bool kindFromKey(const QString &key, SessionKind *kind);
    static QString phaseKey(Phase phase);
    static bool phaseFromKey(const QString &key, Phase *phase);

    // What a person reads.
    static QString kindName(SessionKind kind);
    static QString phaseName(Phase phase);
    static QString defaultTitle(SessionKind kind, const QDate &date);

    // Timestamps are stored as UTC ISO 8601 with milliseconds, so text order
    // is time order.
    static QString timestampText(const QDateTime &time);
    static QDateTime timestampFromText(const QString &text);
};
