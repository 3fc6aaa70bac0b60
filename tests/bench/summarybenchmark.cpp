#include "summarybenchmark.h"

#include "database.h"
#include "store.h"
#include "summarydocument.h"
#include "summarypages.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace {

constexpr qreal bodyPoints = 11;

double elapsedMilliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The "/Type /Page" objects of a PDF, not counting the "/Type /Pages" tree.
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray printPlain(const QString &text, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         SummaryPages::pageMarginsMillimetres(),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(bodyPoints);
        document.setDefaultFont(font);
        document.setPlainText(text);
        document.print(&writer);
    }
    *pages = pdfPageCount(bytes);
    return bytes;
}

} // namespace

SummaryBenchmark::SummaryBenchmark(const QString &candorDatabasePath)
    : m_candorDatabasePath(candorDatabasePath)
{}

qint64 SummaryBenchmark::createSession(Store *store)
{
    const qint64 session =
        store->createSession(SessionKind::PreMortem, QStringLiteral("Summary benchmark"));
    QVector<qint64> people;
    for (int i = 0; i < 12; ++i) {
        Participant participant;
        participant.sessionId = session;
        participant.name = QStringLiteral("Person %1").arg(i + 1);
        participant.role = i % 3 == 0 ? QStringLiteral("Engineer") : QString();
        people.append(store->addParticipant(participant));
    }
    store->setPhase(session, Phase::Writing, QDateTime::currentDateTimeUtc());
    const QString filler =
        QStringLiteral("the rollout depends on a vendor whose support hours do not overlap "
                       "with ours and nobody has checked the contract terms yet");
    QVector<qint64> concerns;
    for (int i = 0; i < concernCount; ++i) {
        Concern concern;
        concern.sessionId = session;
        concern.position = i + 1;
        concern.summary =
            QStringLiteral("Concern %1: %2").arg(i + 1).arg(filler.left(30 + (i * 37) % 90));
        concern.speakerId = people.at(i % people.size());
        concern.handsRaised = (i * 7) % 11;
        const qint64 id = store->recordConcern(concern, TurnState());
        if (id <= 0)
            return 0;
        concerns.append(id);
        if (i % 4 == 0) {
            store->setConcernDiscussion(id, DiscussionField::Notes, filler);
            store->setConcernDiscussion(id, DiscussionField::Mitigations, filler.left(60));
            for (int step = 0; step < 3; ++step) {
                Why why;
                why.concernId = id;
                why.question = QStringLiteral("Why %1?").arg(step + 1);
                why.answer = filler.left(40 + step * 10);
                store->addWhy(why);
            }
        }
    }
    for (int i = 0; i < actionCount; ++i) {
        ActionItem action;
        action.sessionId = session;
        action.text =
            QStringLiteral("Action %1: %2").arg(i + 1).arg(filler.left(25 + (i * 53) % 100));
        action.concernId = concerns.at(i % concerns.size());
        action.owner = QStringLiteral("Person %1").arg(i % people.size() + 1);
        action.dueDate = QDate(2026, 12, 1).addDays(i);
        action.rightAway = i % 10 == 0;
        if (store->addAction(action) <= 0)
            return 0;
    }
    return session;
}

bool SummaryBenchmark::run(int exports)
{
    const Database::OpenResult opened = Database::open(m_candorDatabasePath);
    if (!opened.ok()) {
        m_lastError = opened.message;
        return false;
    }
    bool ok = false;
    {
        Store store(Database::defaultConnectionName);
        const qint64 session = createSession(&store);
        const std::optional<SummaryData> data =
            session ? SummaryData::load(store, session) : std::nullopt;
        if (!data) {
            m_lastError =
                QStringLiteral("the benchmark session could not be written: ") + store.lastError();
        } else {
            const QString text = SummaryDocument::build(*data, QLocale::c())->toPlainText();
            ok = true;
            for (int i = 0; i < exports && ok; ++i) {
                QElapsedTimer clock;
                clock.start();
                const QByteArray pdf =
                    SummaryPages::pdf(*data, QPageSize(QPageSize::A4), QLocale::c());
                m_exports.append(elapsedMilliseconds(clock));
                m_pageCount = pdfPageCount(pdf);

                clock.restart();
                const QByteArray plain = printPlain(text, &m_baselinePageCount);
                m_baselines.append(elapsedMilliseconds(clock));
                if (pdf.isEmpty() || plain.isEmpty() || m_pageCount < 2) {
                    m_lastError = QStringLiteral("a PDF came out empty");
                    ok = false;
                }
            }
        }
    }
    Database::close();
    return ok;
}
