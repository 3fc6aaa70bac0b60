#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

// What a person typed into a cell whose edit could not be saved (a full
// disk, a change made elsewhere meanwhile). The cell shows it, marked as not
// saved, until it is saved or edited again, so nothing typed is lost: F2
// opens the editor on it to try once more.
class UnsavedEdits
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedEdits)

public:
    // After an edit of the cell: keeps typed when it was not saved and
    // differs from what is stored, forgets it otherwise. True when what the
    // cell shows changed because of it.
    bool settle(qint64 rowId, int column, const QString &typed, const QString &stored, bool saved)
    {
        const QPair<qint64, int> cell{rowId, column};
        if (!saved && typed != stored) {
            m_texts.insert(cell, typed);
            return true;
        }
        return m_texts.remove(cell) > 0;
    }

    // What the cell shows for role instead of what is stored, if anything.
    std::optional<QVariant> data(qint64 rowId, int column, int role) const
    {
        const auto found = m_texts.constFind({rowId, column});
        if (found == m_texts.cend())
            return std::nullopt;
        switch (role) {
        case Qt::EditRole:
            return QVariant(*found);
        case Qt::DisplayRole:
            return QVariant(tr("%1 (not saved)").arg(*found));
        case Qt::ToolTipRole:
            return QVariant(tr("This was not saved. Edit it again (F2) to try once more."));
        default:
            return std::nullopt;
        }
    }

private:
    QHash<QPair<qint64, int>, QString> m_texts;
};
