#include "WrappedTextDelegate.h"

#include <QApplication>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace Masar {

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Each line laid out as painted, in the fonts its script falls back to:
    // a line of Arabic in Noto Naskh Arabic is taller than one of Latin.
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, option.widget) + 1;
    const qreal width = std::max(1, option.rect.width() - 4 * margin);
    qreal height = 0;
    for (const QString& paragraph : opt.text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, opt.font);
        QTextOption textOption(Qt::AlignLeading);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        textOption.setTextDirection(opt.direction);
        layout.setTextOption(textOption);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
    }
    size.setHeight(std::max(size.height(), int(std::ceil(height)) + 2 * margin));
    return size;
}

} // namespace Masar
