#pragma once

#include <QString>
#include <QVector>

// The benchmark's one table: a row per measurement, with the baseline it is
// judged against, so each verdict can be checked by eye.
class ResultTable
{
public:
    enum class Verdict { Ok, Over, NotJudged };

    struct Row
    {
        QString name;
        QString measured;
        QString baseline;
        QString ratio;
        QString budget;
        Verdict verdict = Verdict::NotJudged;
    };

    void addRow(const Row &row)
    {
        m_rows.append(row);
        m_notes.append(QString());
    }
    // A row that says why it holds no figures ("not measured: why"): the
    // note follows the name, in place of the other columns and outside
    // their widths.
    void addNote(const QString &name, const QString &note);
    bool anyOver() const;

    // Plain text with aligned columns: names to the left, values to the right.
    QString toText() const;

private:
    QVector<Row> m_rows;
    QVector<QString> m_notes; // one per row, empty for a row of figures
};
