#pragma once

#include "domain.h"
#include "storetablemodel.h"

#include <QVector>

class EditHistory;
class Store;

// The five-whys chain of one concern: each row a why, asked and answered in
// order. Every edit is an undoable command on the session's stack, and the
// rows follow the store, so undo, redo and other views show up here too.
// The discussion page switches it from concern to concern.
class WhyModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, AnswerColumn, ColumnCount };
    enum Role { WhyIdRole = Qt::UserRole + 1 };
    // The method asks "why" up to five times; the store holds no more.
    static constexpr int MaximumWhys = 5;

    WhyModel(Store *store, EditHistory *history, qint64 concernId = 0, QObject *parent = nullptr);

    qint64 concernId() const { return m_concernId; }
    // Shows another concern's chain (0: none).
    void setConcern(qint64 concernId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool canAddWhy() const { return m_concernId != 0 && m_whys.size() < MaximumWhys; }
    // Appends a why, perhaps still empty, to be answered next. Returns false
    // when refused (no concern, five already) or when the write failed.
    bool addWhy(const QString &question = {}, const QString &answer = {});
    bool removeWhy(int row);

    const QVector<Why> &whys() const { return m_whys; }
    // The answer the chain ends with: what the root cause follows.
    QString lastAnswer() const;

private:
    void reload(qint64 concernId);

    Store *m_store;
    EditHistory *m_history;
    qint64 m_concernId;
    QVector<Why> m_whys;
};
