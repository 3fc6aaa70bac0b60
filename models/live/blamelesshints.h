#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Gentle nudges towards blameless wording while the facilitator types a
// concern: a summary that names someone or sounds like blame gets a
// suggestion to frame it as a process. It only ever advises; the text is
// stored exactly as typed.
//
// Matching is case-insensitive, on whole words, in any script: "Dan" is found
// in "dan forgot" but not in "Danger", and "blame" not in "blameless". Text
// and words are compared in Unicode normalization form C, so "José" typed with
// a combining accent still matches. Writing systems without spaces between
// words (Chinese, Japanese, Thai, ...) have no word boundaries to check, so
// there a name is found wherever it occurs. In a multi-word phrase any run of
// white space matches a space, and ' matches the typographic ’. A name with
// something attached in the same word (an Arabic "و" or "ال" before it, a
// Korean particle after it) is not found: telling those apart from other
// words needs a dictionary.
class BlamelessHints
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessHints)

public:
    struct Hint
    {
        enum Kind { None, NamesPerson, BlamePhrase };
        Kind kind = None;
        QString match;   // the words as they appear in the text (in NFC)
        QString message; // translated, ready to show
    };

    BlamelessHints();

    // Blank entries are ignored.
    void setPhrases(const QStringList &phrases);
    QStringList phrases() const { return m_phrases; }
    // Short and English: words that nearly always point at a person rather
    // than at a process. Bare "fault" and "error" are left out on purpose,
    // because "page fault" and "fault tolerance" are engineering, not blame.
    static QStringList defaultPhrases();

    // The first problem in reading order; when a name and a phrase start at
    // the same place, the name. None for text that reads as blameless.
    Hint check(const QString &text, const QStringList &presentNames) const;

private:
    QStringList m_phrases;
    QRegularExpression m_phrasePattern;
};
