#include "whymodel.h"

#include "actioncommands.h"
#include "edithistory.h"
#include "store.h"

WhyModel::WhyModel(Store *store, EditHistory *history, qint64 concernId, QObject *parent)
    : StoreTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_concernId(concernId)
{
    if (concernId)
        m_whys = store->whys(concernId);
    connect(store, &Store::whysChanged, this, &WhyModel::reload);
    // After an import the chain is read again, whichever session it touched.
    connect(store, &Store::sessionReplaced, this, [this] {
        if (!m_concernId)
            return;
        beginResetModel();
        m_whys = m_store->whys(m_concernId);
        endResetModel();
    });
}

void WhyModel::setConcern(qint64 concernId)
{
    if (concernId == m_concernId)
        return;
    beginResetModel();
    m_concernId = concernId;
    m_whys = concernId ? m_store->whys(concernId) : QVector<Why>();
    endResetModel();
}

void WhyModel::reload(qint64 concernId)
{
    if (concernId != m_concernId || !concernId)
        return;
    replaceRows(m_whys, m_store->whys(m_concernId), [](const Why &before, const Why &after) {
        return before.question == after.question && before.answer == after.answer;
    });
}

int WhyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_whys.size());
}

int WhyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Why &why = m_whys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == QuestionColumn ? why.question : why.answer;
    case Qt::ToolTipRole:
        return Domain::plainToolTip(index.column() == QuestionColumn ? why.question : why.answer);
    case WhyIdRole:
        return why.id;
    }
    return {};
}

QVariant WhyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case QuestionColumn:
        return tr("Why?");
    case AnswerColumn:
        return tr("Because");
    }
    return {};
}

Qt::ItemFlags WhyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = StoreTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WhyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Why &before = m_whys.at(index.row());
    Why after = before;
    if (index.column() == QuestionColumn)
        after.question = value.toString();
    else
        after.answer = value.toString();
    if (after.question == before.question && after.answer == before.answer)
        return false;
    return m_history->record(new EditWhyCommand(m_store, before, after));
}

bool WhyModel::addWhy(const QString &question, const QString &answer)
{
    if (!canAddWhy())
        return false;
    Why why;
    why.concernId = m_concernId;
    why.question = question;
    why.answer = answer;
    return m_history->record(new AddWhyCommand(m_store, why, rowCount()));
}

bool WhyModel::removeWhy(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return m_history->record(new RemoveWhyCommand(m_store, m_whys.at(row), row));
}

QString WhyModel::lastAnswer() const
{
    return m_whys.isEmpty() ? QString() : m_whys.constLast().answer;
}
