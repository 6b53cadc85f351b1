#include "WorkflowPanel.h"

#include "domain/Codes.h"
#include "itemmodels/WorkflowTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Masar {

WorkflowPanel::WorkflowPanel(QWidget* parent)
    : QWidget(parent)
    , m_directionLabel(new QLabel(this))
    , m_directionComboBox(new QComboBox(this))
    , m_tableView(new QTableView(this))
    , m_model(new WorkflowTableModel(this))
{
    setObjectName(QStringLiteral("workflowPanel"));
    m_directionLabel->setObjectName(QStringLiteral("directionLabel"));
    m_directionComboBox->setObjectName(QStringLiteral("directionComboBox"));
    m_tableView->setObjectName(QStringLiteral("workflowTableView"));
    m_directionLabel->setBuddy(m_directionComboBox);

    for (Direction direction : allOf<Direction>()) {
        m_directionComboBox->addItem(QString(), QVariant::fromValue(int(direction)));
    }
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->hide();
    // A few dozen rows: sizing each to its wrapped text is cheap here.
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Short columns fit their text; the three long ones share the rest and wrap.
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column :
         {WorkflowTableModel::FromColumn, WorkflowTableModel::ToColumn, WorkflowTableModel::DataColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_directionLabel);
    top->addWidget(m_directionComboBox);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tableView);

    connect(m_directionComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setDirection(Direction(m_directionComboBox->itemData(index).toInt()));
    });
    retranslateUi();
}

void WorkflowPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WorkflowPanel::retranslateUi()
{
    m_directionLabel->setText(tr("&Workflow of:"));
    for (int i = 0; i < m_directionComboBox->count(); ++i) {
        const auto direction = Direction(m_directionComboBox->itemData(i).toInt());
        m_directionComboBox->setItemText(
            i, direction == Direction::Incoming ? tr("Incoming requests") : tr("Outgoing requests"));
    }
    m_model->retranslate();
}

} // namespace Masar
