#pragma once

#include "domain/Request.h"
#include "domain/StepInput.h"
#include "domain/Workflow.h"
#include "services/User.h"

#include <QDialog>

#include <functional>
#include <map>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Masar {

class Clock;

// Asks for exactly what one workflow step takes (its row in the workflow
// table says which fields, and whether a reason is required), then hands
// the input to `take`. When the model refuses, the dialog stays open with
// the refusal shown and nothing typed lost.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    using Take = std::function<Status(const StepInput&)>;

    StepDialog(const Request& request, const Transition& row, const std::vector<User>& assignable,
               const Clock& clock, Take take, QWidget* parent = nullptr);

    // Taking the step on many requests at once (reassigning them): the
    // dialog names them; `request` is the first.
    void setReferences(const QStringList& references);

    const Transition& row() const { return m_row; }
    // What the user has entered so far.
    StepInput input() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* editorFor(StepField field, const std::vector<User>& assignable);
    QPushButton* fileButton();
    QString valueOf(StepField field) const;
    void retranslateUi();

    Request m_request;
    QStringList m_references; // when the step is taken on many
    const Transition& m_row;
    const Clock& m_clock;
    Take m_take;
    QLabel* m_headerLabel;
    QFormLayout* m_form;
    std::map<StepField, QWidget*> m_editors;
    std::map<StepField, QLabel*> m_labels;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reasonEdit;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttonBox;
    DocumentInput m_document;
};

} // namespace Masar
