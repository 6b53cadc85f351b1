#include "CodeListWidget.h"

#include "domain/CodeList.h"

#include <QEvent>

namespace Masar {

CodeListWidget::CodeListWidget(const CodeList& codes, QWidget* parent)
    : QListWidget(parent)
    , m_codes(codes)
{
    for (const CodeEntry& entry : codes.entries()) {
        auto* item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, QLatin1String(entry.key));
        item->setCheckState(Qt::Unchecked);
    }
    setEditable(true);
    relabel();
}

QStringList CodeListWidget::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked) {
            keys << item(i)->data(Qt::UserRole).toString();
        }
    }
    return keys;
}

void CodeListWidget::setCheckedKeys(const QStringList& keys)
{
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < count(); ++i) {
        const bool checked = keys.contains(item(i)->data(Qt::UserRole).toString());
        item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (checked && !first) {
            first = item(i);
        }
    }
    // The first choice in view, not hidden below the fold.
    scrollToItem(first ? first : item(0), QAbstractItemView::PositionAtTop);
}

void CodeListWidget::setEditable(bool editable)
{
    for (int i = 0; i < count(); ++i) {
        item(i)->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
    }
}

void CodeListWidget::showRows(int rows)
{
    setMaximumHeight(sizeHintForRow(0) * rows + 2 * frameWidth() + 2);
}

void CodeListWidget::relabel()
{
    for (int i = 0; i < count(); ++i) {
        item(i)->setText(m_codes.label(item(i)->data(Qt::UserRole).toString()));
    }
}

void CodeListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        relabel();
    }
    QListWidget::changeEvent(event);
}

} // namespace Masar
