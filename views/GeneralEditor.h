#pragma once

#include "domain/Request.h"
#include "domain/RequestValidator.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Masar {

// The general tab of a request: its own details, editable where editing a
// request may change them (RequestAmendment), and the rest (priority,
// confidentiality, assignee, dates of steps) shown, since they change by steps.
class GeneralEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralEditor(QWidget* parent = nullptr);

    // `today` is the date offered when a date is first given.
    void setRequest(const Request& request, bool editable, const QDate& today);
    // Writes the edited details into `request`.
    void apply(Request* request) const;
    // Marks the fields with problems (named as in the JSON format) and
    // returns the problems that belong to no field of this tab.
    std::vector<FieldProblem> showProblems(const std::vector<FieldProblem>& problems);
    void clearProblems();
    // The fields marked, by their JSON names.
    QStringList markedFields() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* label;
        QWidget* editor;
        QLabel* error;
    };
    void addRow(const QString& name, QWidget* editor);
    void fillCodes();
    void retranslateUi();

    bool m_loading = false;
    Direction m_direction = Direction::Incoming;
    QFormLayout* m_form;
    std::map<QString, Row> m_rows;
    QStringList m_order;
    QComboBox* m_requestingCombo;
    QComboBox* m_requestedCombo;
    QLineEdit* m_foreignReferenceEdit;
    QLineEdit* m_requestingAuthorityEdit;
    QLineEdit* m_requestedAuthorityEdit;
    QLineEdit* m_executingAuthorityEdit;
    QLineEdit* m_executingReferenceEdit;
    QLineEdit* m_eurojustEdit;
    QLineEdit* m_interpolEdit;
    QListWidget* m_legalBasisList;
    QLineEdit* m_legalBasisDetailEdit;
    QComboBox* m_channelCombo;
    QDateEdit* m_receivedEdit;
    QWidget* m_requestedByBox;
    QCheckBox* m_requestedByCheck;
    QDateEdit* m_requestedByEdit;
    QPlainTextEdit* m_summaryEdit;
    QLabel* m_stepFieldsLabel; // what changes only by steps
};

} // namespace Masar
