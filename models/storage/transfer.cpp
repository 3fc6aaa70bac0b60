#include "transfer.h"

#include "identity.h"

#include <QCryptographicHash>

PortableRow PortableRow::from(const StoredRow &row,
                              const std::function<QString(const QString &, qint64)> &uuidOf)
{
    PortableRow portable;
    portable.table = row.table;
    for (int i = 0; i < row.columns.size(); ++i) {
        const QString &column = row.columns.at(i);
        const QVariant &value = row.values.at(i);
        if (column == QLatin1String("uuid")) {
            portable.uuid = value.toString();
        } else if (column == QLatin1String("updated_at")) {
            portable.updatedAt = value.toString();
        } else if (Identity::isLocalColumn(row.table, column)) {
            continue;
        } else if (row.table == QLatin1String("sessions") &&
                   column == QLatin1String("current_phase")) {
            portable.initial.insert(column, value);
        } else if (const QString target = Identity::referencedTable(row.table, column);
                   !target.isEmpty()) {
            portable.references.insert(column, value.isNull() ? QString()
                                                              : uuidOf(target, value.toLongLong()));
        } else {
            portable.values.insert(column, value);
        }
    }
    return portable;
}

QString PortableRow::fingerprint() const
{
    // Each value with its kind and length, so that no two different rows
    // spell the same bytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &name, const QString &kind, const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(kind.toUtf8());
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(bytes);
        hash.addData(QByteArrayView("\x1e"));
    };
    add(QStringLiteral("table"), QStringLiteral("t"), table);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant &value = it.value();
        if (value.isNull())
            add(it.key(), QStringLiteral("n"), {});
        else if (value.typeId() == QMetaType::QString)
            add(it.key(), QStringLiteral("t"), value.toString());
        else
            add(it.key(), QStringLiteral("i"), value.toString());
    }
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        add(it.key(), QStringLiteral("r"), it.value());
    return QString::fromLatin1(hash.result().toHex());
}
