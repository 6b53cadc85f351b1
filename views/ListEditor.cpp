#include "ListEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

ListEditor::ListEditor(const QString& name, int columns, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, columns, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_noteLabel(new QLabel(this))
{
    QString capitalised = name;
    capitalised[0] = capitalised[0].toUpper();
    setObjectName(name + QStringLiteral("Editor"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_addButton->setObjectName(QStringLiteral("add") + capitalised + QStringLiteral("Button"));
    m_removeButton->setObjectName(QStringLiteral("remove") + capitalised + QStringLiteral("Button"));
    m_noteLabel->setObjectName(name + QStringLiteral("NoteLabel"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_noteLabel, 1);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this]() {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        if (m_makeRow) {
            m_makeRow(row);
        }
        m_table->setCurrentCell(row, 0);
        if (QWidget* editor = m_table->cellWidget(row, 0)) {
            editor->setFocus();
        } else {
            m_table->editItem(m_table->item(row, 0));
        }
        emit changed();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row >= 0 && (!m_removable || m_removable(row))) {
            m_table->removeRow(row);
            emit changed();
        }
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ListEditor::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ListEditor::updateButtons);
    setEditable(false);
}

void ListEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    m_addButton->setVisible(editable);
    m_removeButton->setVisible(editable);
    updateButtons();
}

void ListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_removeButton->setEnabled(m_editable && row >= 0 && (!m_removable || m_removable(row)));
}

void ListEditor::setButtonTexts(const QString& add, const QString& remove)
{
    m_addButton->setText(add);
    m_removeButton->setText(remove);
}

void ListEditor::setNote(const QString& note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

} // namespace Masar
