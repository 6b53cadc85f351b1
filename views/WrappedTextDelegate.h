#pragma once

#include <QStyledItemDelegate>

namespace Masar {

// Draws a cell's text wrapped on as many lines as it needs, and asks for
// enough height to show them all: Qt measures a wrapped cell a little wider
// than it paints it, and then elides the last line of a long note (seen in
// right-to-left tables with text of both directions).
class WrappedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Masar
