#pragma once

#include "FieldRows.h"
#include "RequestPart.h"
#include "domain/Request.h"
#include "domain/RequestValidator.h"

#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Masar {

class CodeListWidget;

// The general tab of a request: its own details, editable where editing a
// request may change them (RequestAmendment), and the rest (priority,
// confidentiality, assignee, dates of steps) shown, since they change by steps.
class GeneralEditor : public RequestPart
{
    Q_OBJECT

public:
    explicit GeneralEditor(QWidget* parent = nullptr);

    // The date offered when a date is first given.
    void setToday(const QDate& today) { m_today = today; }
    void setRequest(const Request& request, bool editable) override;
    // Writes the edited details into `request`.
    void apply(Request* request) const override;
    // Marks the fields with problems (named as in the JSON format) and
    // returns the problems that belong to no field of this tab.
    std::vector<FieldProblem> showProblems(const std::vector<FieldProblem>& problems);
    void clearProblems();
    // The fields marked, by their JSON names.
    QStringList markedFields() const;

private:
    void addRow(const QString& name, QWidget* editor);
    void fillCodes();
    void retranslateUi() override;

    Direction m_direction = Direction::Incoming;
    QDate m_today;
    QFormLayout* m_form;
    QComboBox* m_requestingCombo;
    QComboBox* m_requestedCombo;
    QLineEdit* m_foreignReferenceEdit;
    QLineEdit* m_requestingAuthorityEdit;
    QLineEdit* m_requestedAuthorityEdit;
    QLineEdit* m_executingAuthorityEdit;
    QLineEdit* m_executingReferenceEdit;
    QLineEdit* m_eurojustEdit;
    QLineEdit* m_interpolEdit;
    CodeListWidget* m_legalBasisList;
    QLineEdit* m_legalBasisDetailEdit;
    QComboBox* m_channelCombo;
    QDateEdit* m_receivedEdit;
    QWidget* m_requestedByBox;
    QCheckBox* m_requestedByCheck;
    QDateEdit* m_requestedByEdit;
    QPlainTextEdit* m_summaryEdit;
    QLabel* m_stepFieldsLabel; // what changes only by steps
    FieldRows m_fields;
};

} // namespace Masar
