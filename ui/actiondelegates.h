#pragma once

#include <QDate>
#include <QStyledItemDelegate>
#include <QVector>

#include <functional>

// The cells of an action that are edited in place — owner, due date,
// status, review outcome — edited the same way wherever actions are
// listed (the Actions page, Follow-up, Review), by one delegate each.
// An empty owner or due date reads "(unassigned)" / "(no date)", greyed
// and slanted, so it looks like something to set; nothing is stored.
// Each sizes its column for its editor in the list's own font.
class ActionCellDelegate : public QStyledItemDelegate
{
public:
    using Decoration =
        std::function<void(QPainter *, const QStyleOptionViewItem &, const QModelIndex &)>;

    using QStyledItemDelegate::QStyledItemDelegate;

    // Painted over every cell after its content, e.g. the Actions page's
    // mark of what is addressed right away.
    void setDecoration(Decoration decoration) { m_decoration = std::move(decoration); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    // The hint an empty cell shows instead of nothing; empty: none.
    virtual QString emptyText(const QModelIndex &index) const;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // The cell's size, widened to an editor as wide as editorWidth says
    // for the font the cell is drawn in.
    QSize fitEditor(const QStyleOptionViewItem &option, const QModelIndex &index,
                    const std::function<int(const QFont &)> &editorWidth) const;

private:
    Decoration m_decoration;
};

class OwnerDelegate : public ActionCellDelegate
{
public:
    // names: who completes, asked when an editor opens.
    OwnerDelegate(std::function<QStringList()> names, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    QString emptyText(const QModelIndex &index) const override;

private:
    std::function<QStringList()> m_names;
};

class DueDateDelegate : public ActionCellDelegate
{
public:
    // today: what "+3d" and "tomorrow" count from.
    DueDateDelegate(std::function<QDate()> today, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    QString emptyText(const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    std::function<QDate()> m_today;
};

// One of a fixed list (a status, a review outcome), never typed.
class ChoiceDelegate : public ActionCellDelegate
{
public:
    struct Choice
    {
        QString text;
        int value;
    };

    ChoiceDelegate(QVector<Choice> choices, QObject *parent);
    static ChoiceDelegate *forStatuses(QObject *parent);
    static ChoiceDelegate *forReviewOutcomes(QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QVector<Choice> m_choices;
};
