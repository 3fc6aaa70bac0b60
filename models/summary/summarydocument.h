#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTextFormat>
#include <QVector>

#include <memory>
#include <optional>

class QTextDocument;
class Store;

// Everything a session summary shows, read from the store once so the
// document and every export describe the same state.
struct SummaryData
{
    struct RankedConcern
    {
        int rank = 0;  // 1 is the most written
        int tally = 0; // the speaker and hands, merged duplicates included
        Concern concern;
        QVector<Concern> duplicates; // merged into this one, in sharing order
        QVector<Why> whys;
        // The typed root cause, or else the last answer of the whys.
        QString rootCause() const;
        bool hasDiscussion() const;
    };

    SessionDetails session;
    QString teamName;
    QDateTime createdAt;
    QDateTime now; // the end of the actual length while the session runs
    QVector<Participant> participants;
    QVector<RankedConcern> concerns; // ranked: most written first, ties in sharing order
    QVector<ActionItem> actions;     // in rank order
    QVector<TimelineEntry> timeline;
    QVector<ReviewItem> review; // earlier actions this session reviewed

    static std::optional<SummaryData> load(const Store &store, qint64 sessionId,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString participantName(qint64 participantId) const;
    // The summary of the concern an action is linked to, with its rank.
    QString concernLabel(qint64 concernId) const;
    int maximumTally() const;
};

// The one summary document that print, PDF, HTML and ODT all come from.
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)

public:
    // A block property: print no page break right after this block (set on
    // headings and labels, read by SummaryPages).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

    // Null when there is no such session.
    static std::unique_ptr<QTextDocument> build(const Store &store, qint64 sessionId,
                                                const QLocale &locale = QLocale());
    // unitScale converts the 1/96 inch of margins and indents into the
    // units the document will be laid out in: the paint device's logical
    // resolution over 96 for a printer, 1 for the screen.
    static std::unique_ptr<QTextDocument>
    build(const SummaryData &data, const QLocale &locale = QLocale(), qreal unitScale = 1);

    // Texts shared with the exports, so every output words them alike.
    // "Pre-mortem · Team: Platform · 2 March 2026", under the title.
    static QString headline(const SummaryData &data, const QLocale &locale);
    static QString lengthText(const SummaryData &data);
    static QString dateText(const SummaryData &data, const QLocale &locale);
    static QString tallyText(int tally);
    // "Written by 5 people · Discussed": the line under a discussed concern.
    static QString discussionLine(const SummaryData::RankedConcern &ranked);
    // A row of squares, one per person (scaled down when the largest tally
    // is too long for a line), so counts compare at a glance.
    static QString tallyBar(int tally, int maximumTally);
    // Empty unless the session chose to attribute concerns.
    static QString attribution(const SummaryData &data, const Concern &concern);
    static QString avoidanceLabel(SessionKind kind);
    static QString rightAwayText(bool rightAway);
    static QList<ConcernCategory> categoryOrder();
};
