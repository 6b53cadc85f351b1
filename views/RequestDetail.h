#pragma once

#include "deadlines/DeadlineEngine.h"
#include "domain/Request.h"
#include "domain/RequestValidator.h"
#include "domain/Workflow.h"
#include "services/User.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace Masar {

class GeneralEditor;
class LinksEditor;
class MeasuresEditor;
class PersonsEditor;
class RequestPart;

// One request in full, beside the list: its state and the steps the user may
// take now (from the workflow table), then tabs for its details, persons,
// offences and measures, documents, links and history. Where the workflow
// lets the user amend the request, the tabs are editable; the edits are kept
// until saved or discarded.
class RequestDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetail(QWidget* parent = nullptr);

    // Shows a request with the steps the user may take from its state.
    void setRequest(const Request& request, const std::vector<const Transition*>& steps, const QDate& today);
    // The register's users: their names as shown in the history.
    void setUsers(const std::vector<User>& users);
    // The deadline the request faces now (none: no deadline in its stage).
    void setDeadline(const std::optional<RequestDeadline>& deadline);
    void clear();
    // The request as stored (as last shown).
    const std::optional<Request>& request() const { return m_request; }
    // The request with the user's edits.
    Request edited() const;
    bool isEditable() const { return m_editable; }
    bool isModified() const { return m_modified; }
    // Marks the fields with problems, and returns those no field shows.
    std::vector<FieldProblem> showProblems(const std::vector<FieldProblem>& problems);
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void stepRequested(Step step);
    void openDocumentRequested(const QString& name);
    void saveDocumentRequested(const QString& name);
    void saveRequested();
    void discardRequested();
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The parts of the constructor.
    void setUpHeader();
    void setUpDocumentsTab();
    void setUpTabs();
    void layOut();
    // The tabs that show, and edit, a part of the request.
    std::vector<RequestPart*> parts() const;
    QTableWidget* addTable(const QString& objectName, int columns);
    void setModified(bool modified);
    void fill(const Request& shown);
    void retranslateUi();
    void showDeadline();
    void fillHistory(const Request& shown);
    // A user's display name, else their login name.
    QString personName(const QString& name) const;

    std::optional<Request> m_request;
    std::vector<const Transition*> m_steps;
    QDate m_today;
    bool m_editable = false;
    bool m_modified = false;
    QLabel* m_titleLabel;
    QLabel* m_stateLabel;
    QLabel* m_deadlineLabel;
    std::optional<RequestDeadline> m_deadline;
    QLabel* m_modifiedLabel;
    QPushButton* m_saveButton;
    QPushButton* m_discardButton;
    QWidget* m_stepBar;
    QBoxLayout* m_stepLayout;
    QToolButton* m_moreButton;
    QMenu* m_moreMenu;
    QTabWidget* m_tabs;
    GeneralEditor* m_general;
    PersonsEditor* m_persons;
    MeasuresEditor* m_measures;
    QWidget* m_documentsTab;
    QTableWidget* m_documentsTable;
    QPushButton* m_attachButton;
    QPushButton* m_openDocumentButton;
    QPushButton* m_saveDocumentButton;
    LinksEditor* m_links;
    QTableWidget* m_historyTable;
    std::vector<User> m_users;
    QLabel* m_emptyLabel;
};

} // namespace Masar
