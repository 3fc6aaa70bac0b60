#pragma once

#include <QLineEdit>

class SessionFlow;

// The one editor of an action's owner, wherever an owner is edited. Owners
// are usually people in the room, so their names complete as they are
// typed (case does not matter); any other name is fine too.
class OwnerEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit OwnerEdit(QWidget *parent = nullptr);

    // The names that complete, in the order offered.
    void setNames(const QStringList &names);
    // The owner as typed, spelled as the name it completed to ("dana",
    // typed "da" and completed, is Dana).
    QString owner() const;

    // The names of a session's participants, in seat order.
    static QStringList participantNames(const SessionFlow *flow);
    // What an empty owner reads in a list: a hint that it can be set.
    static QString unassignedText();
    // Wide enough for the hint and a usual name in this font.
    static int widthFor(const QFont &font);

    QSize sizeHint() const override;

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_names;
};
