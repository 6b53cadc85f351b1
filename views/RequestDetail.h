#pragma once

#include "domain/Request.h"
#include "domain/Workflow.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QMenu;
class QTabWidget;
class QTableWidget;

namespace Masar {

// One request in full, beside the list: its state and the steps the user may
// take now (from the workflow table), then tabs for its details, persons,
// offences and measures, documents, links and history.
class RequestDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetail(QWidget* parent = nullptr);

    // Shows a request with the steps the user may take from its state.
    void setRequest(const Request& request, const std::vector<const Transition*>& steps);
    void clear();
    const std::optional<Request>& request() const { return m_request; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void stepRequested(Step step);
    void openDocumentRequested(const QString& name);
    void saveDocumentRequested(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    QTableWidget* addTable(const QString& objectName, int columns);
    void fill();
    void fillGeneral();
    void retranslateUi();

    std::optional<Request> m_request;
    std::vector<const Transition*> m_steps;
    QLabel* m_titleLabel;
    QLabel* m_stateLabel;
    QWidget* m_stepBar;
    QBoxLayout* m_stepLayout;
    QToolButton* m_moreButton;
    QMenu* m_moreMenu;
    QTabWidget* m_tabs;
    QWidget* m_generalTab;
    QFormLayout* m_generalForm;
    QTableWidget* m_personsTable;
    QWidget* m_offencesTab;
    QLabel* m_offencesLabel;
    QTableWidget* m_measuresTable;
    QWidget* m_documentsTab;
    QTableWidget* m_documentsTable;
    QPushButton* m_openDocumentButton;
    QPushButton* m_saveDocumentButton;
    QTableWidget* m_linksTable;
    QTableWidget* m_historyTable;
    QLabel* m_emptyLabel;
};

} // namespace Masar
