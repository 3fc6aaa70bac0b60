#include "blamelesshints.h"

#include "appsettings.h"

#include <algorithm>

namespace {

// Letters, digits and marks that join into words with their neighbours. The
// scripts written without spaces are left out, so that a name in the middle
// of a Chinese or Thai sentence still stands on a word boundary.
const QLatin1String
    wordCharacter("(?![\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Thai}\\p{Lao}\\p{Khmer}\\p{Myanmar}])"
                  "[\\p{L}\\p{N}\\p{M}_]");

QString wordPattern(const QString &words)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression apostrophe(QStringLiteral("['\u2019]"));
    QStringList parts;
    for (const QString &word : words.split(space, Qt::SkipEmptyParts)) {
        // People type ' and ’ interchangeably; either matches either.
        QStringList pieces = word.split(apostrophe);
        for (QString &piece : pieces)
            piece = QRegularExpression::escape(piece);
        parts << pieces.join(QStringLiteral("['\u2019]"));
    }
    return parts.join(QStringLiteral("\\s+"));
}

// One expression for a whole list; longer entries first, so that at any
// place the fullest match ("his fault") wins over a shorter one in it.
QRegularExpression listPattern(const QStringList &entries)
{
    QStringList words;
    for (const QString &entry : entries) {
        const QString normalized = entry.normalized(QString::NormalizationForm_C).simplified();
        if (!normalized.isEmpty() && !words.contains(normalized, Qt::CaseInsensitive))
            words << normalized;
    }
    if (words.isEmpty())
        return {};
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString &word : std::as_const(words))
        alternatives << wordPattern(word);
    const QString pattern = QStringLiteral("(?<!%1)(?:%2)(?!%1)")
                                .arg(wordCharacter, alternatives.join(QLatin1Char('|')));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QRegularExpressionMatch firstMatch(const QRegularExpression &pattern, const QString &text)
{
    if (pattern.pattern().isEmpty())
        return {};
    return pattern.match(text);
}

} // namespace

BlamelessHints::BlamelessHints()
{
    setPhrases(defaultPhrases());
}

void BlamelessHints::setPhrases(const QStringList &phrases)
{
    m_phrases.clear();
    for (const QString &phrase : phrases) {
        if (!phrase.trimmed().isEmpty())
            m_phrases << phrase.trimmed();
    }
    m_phrasePattern = listPattern(m_phrases);
}

QStringList BlamelessHints::defaultPhrases()
{
    return AppSettings::defaultBlamelessPhrases();
}

BlamelessHints::Hint BlamelessHints::check(const QString &text,
                                           const QStringList &presentNames) const
{
    Hint hint;
    if (text.trimmed().isEmpty())
        return hint;
    const QString normalized = text.normalized(QString::NormalizationForm_C);

    const QRegularExpressionMatch name = firstMatch(listPattern(presentNames), normalized);
    const QRegularExpressionMatch phrase = firstMatch(m_phrasePattern, normalized);
    const bool hasName = name.hasMatch();
    const bool hasPhrase = phrase.hasMatch();
    if (hasName && (!hasPhrase || name.capturedStart() <= phrase.capturedStart())) {
        hint.kind = Hint::NamesPerson;
        hint.match = name.captured();
        hint.message =
            tr("“%1” names a person. Could this be framed as a process: what let this happen?")
                .arg(hint.match);
    } else if (hasPhrase) {
        hint.kind = Hint::BlamePhrase;
        hint.match = phrase.captured();
        hint.message =
            tr("“%1” sounds like blame. Could this be framed as a process: what let this happen?")
                .arg(hint.match);
    }
    return hint;
}
