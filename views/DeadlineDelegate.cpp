#include "DeadlineDelegate.h"

#include "itemmodels/RequestListModel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Masar {

DeadlineDelegate::DeadlineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
    setObjectName(QStringLiteral("deadlineDelegate"));
}

QColor DeadlineDelegate::colour(DeadlineStatus::Level level)
{
    // Dark enough to read on a light row, as in the request panel.
    switch (level) {
    case DeadlineStatus::Level::Overdue:
        return QColor(0xb0, 0x00, 0x20);
    case DeadlineStatus::Level::AtRisk:
        return QColor(0x8a, 0x53, 0x00);
    case DeadlineStatus::Level::OnTime:
    case DeadlineStatus::Level::None:
        break;
    }
    return QColor();
}

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto level = DeadlineStatus::Level(index.data(RequestListModel::DeadlineStatusRole).toInt());
    const QColor text = colour(level);
    if (!text.isValid()) {
        return;
    }
    option->palette.setColor(QPalette::Text, text);
    if (level == DeadlineStatus::Level::Overdue) {
        option->font.setBold(true);
    }
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    option->icon
        = style->standardIcon(level == DeadlineStatus::Level::Overdue ? QStyle::SP_MessageBoxWarning
                                                                      : QStyle::SP_MessageBoxInformation,
                              nullptr, option->widget);
    if (!option->icon.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
}

} // namespace Masar
