#pragma once

#include <QString>
#include <QVector>

class Store;

// Times what someone waits for after File ▸ Export Summary ▸ PDF: the summary
// of a session with 200 concerns (a quarter of them discussed, with whys)
// and 100 actions, from the loaded session to the bytes of an A4 PDF, i.e.
// building the summary document, laying it out for the PDF's resolution,
// cutting the pages and painting them (SummaryPages::pdf). Each export is
// interleaved with the baseline: a plain QTextDocument holding the same
// text in the same 11 pt font, printed with QTextDocument::print() to a
// QPdfWriter of the same paper and margins. Afterwards the PDF's page count
// must be the one SummaryPages reported. Needs a QGuiApplication.
class SummaryBenchmark
{
public:
    static constexpr int concernCount = 200;
    static constexpr int actionCount = 100;

    // candorDatabasePath must be a Candor database; the session is added.
    explicit SummaryBenchmark(const QString &candorDatabasePath);

    bool run(int exports);
    // Adds the session the summary is made of: 12 people, 200 concerns (a
    // quarter discussed, with whys), 100 actions. Its id, or 0.
    static qint64 createSession(Store *store);

    const QVector<double> &exports() const { return m_exports; }
    const QVector<double> &baselines() const { return m_baselines; }
    int pageCount() const { return m_pageCount; }
    int baselinePageCount() const { return m_baselinePageCount; }
    QString lastError() const { return m_lastError; }

private:
    QString m_candorDatabasePath;
    QVector<double> m_exports;
    QVector<double> m_baselines;
    int m_pageCount = 0;
    int m_baselinePageCount = 0;
    QString m_lastError;
};
