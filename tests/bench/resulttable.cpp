#include "resulttable.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

constexpr int columnCount = 6;
const char columnGap[] = "  ";

QString verdictText(ResultTable::Verdict verdict)
{
    switch (verdict) {
    case ResultTable::Verdict::Ok:
        return QStringLiteral("ok");
    case ResultTable::Verdict::Over:
        return QStringLiteral("OVER");
    case ResultTable::Verdict::NotJudged:
        break;
    }
    return QStringLiteral("-");
}

} // namespace

void ResultTable::addNote(const QString &name, const QString &note)
{
    Row row;
    row.name = name;
    m_rows.append(row);
    m_notes.append(note);
}

bool ResultTable::anyOver() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &row) { return row.verdict == Verdict::Over; });
}

QString ResultTable::toText() const
{
    using Cells = std::array<QString, columnCount>;
    QVector<Cells> lines;
    lines.append({QStringLiteral("measurement"), QStringLiteral("measured"),
                  QStringLiteral("baseline"), QStringLiteral("ratio"), QStringLiteral("budget"),
                  QStringLiteral("verdict")});
    for (const Row &row : m_rows)
        lines.append({row.name, row.measured, row.baseline, row.ratio, row.budget,
                      verdictText(row.verdict)});

    std::array<qsizetype, columnCount> widths{};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool isNote = i > 0 && !m_notes.at(i - 1).isEmpty();
        for (int column = 0; column < (isNote ? 1 : columnCount); ++column)
            widths[column] = std::max(widths[column], lines.at(i)[column].size());
    }

    QStringList text;
    const auto appendLine = [&](const Cells &cells) {
        QString line;
        for (int column = 0; column < columnCount; ++column) {
            if (column > 0)
                line += QLatin1String(columnGap);
            // The name and the verdict are words; the columns between are numbers.
            const bool isWord = column == 0 || column == columnCount - 1;
            line += isWord ? cells[column].leftJustified(widths[column])
                           : cells[column].rightJustified(widths[column]);
        }
        text.append(line.trimmed());
    };
    appendLine(lines.first());
    qsizetype totalWidth = (columnCount - 1) * qsizetype(sizeof(columnGap) - 1);
    for (const qsizetype width : widths)
        totalWidth += width;
    text.append(QString(totalWidth, QLatin1Char('-')));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &note = m_notes.at(i - 1);
        if (note.isEmpty())
            appendLine(lines.at(i));
        else
            text.append(lines.at(i)[0].leftJustified(widths[0]) + QLatin1String(columnGap) + note);
    }
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
