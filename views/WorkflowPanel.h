#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Masar {

class WorkflowTableModel;

// The workflow of one direction as a table: what a user may do in each state.
class WorkflowPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowPanel(QWidget* parent = nullptr);

    WorkflowTableModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_directionLabel;
    QComboBox* m_directionComboBox;
    QTableView* m_tableView;
    WorkflowTableModel* m_model;
};

} // namespace Masar
