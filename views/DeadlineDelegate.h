#pragma once

#include "deadlines/DeadlineStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Masar {

// The list's next-deadline column: the model's words ("overdue by 3 day(s)")
// with a colour and an icon for how the deadline stands, read from
// RequestListModel::DeadlineStatusRole. The words stay: colour is never alone.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DeadlineDelegate(QObject* parent = nullptr);

    // The text colour of a level; invalid for those shown plainly.
    static QColor colour(DeadlineStatus::Level level);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Masar
