#pragma once

#include "FieldRows.h"
#include "core/Result.h"
#include "domain/Request.h"
#include "domain/RequestValidator.h"

#include <QDialog>

#include <functional>
#include <map>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Masar {

class Clock;
class CodeListWidget;

// The form that registers an incoming request or starts an outgoing one. It
// asks only what is needed first; the rest is added later. Every problem is
// shown on its field before anything is saved, and requests that may be the
// same one are shown before registering.
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    using Create = std::function<Result<Request>(const Request&)>;
    // Checks the draft as creating it would (RequestService::checkNew):
    // problems field by field, or the requests it may duplicate.
    using Check = std::function<Result<QStringList>(const Request&)>;

    RegisterDialog(Direction direction, const Clock& clock, Check check, Create create,
                   QWidget* parent = nullptr);

    // The request as entered so far.
    Request draft() const;
    // The reference given to the request registered, once it is.
    QString reference() const { return m_reference; }
    // The fields marked as wrong, by their names in the JSON format.
    QStringList markedFields() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProblems(const std::vector<FieldProblem>& problems);
    // A refusal of the model: on its fields where it names them, else below the form.
    void showRefusal(const Error& error);
    void clearProblems();
    void updateForDirection();
    void retranslateUi();

    const Clock& m_clock;
    Create m_create;
    Check m_check;
    QComboBox* m_directionCombo;
    QComboBox* m_requestingCombo;
    QComboBox* m_requestedCombo;
    QLineEdit* m_foreignReferenceEdit;
    QDateEdit* m_receivedEdit;
    QComboBox* m_channelCombo;
    CodeListWidget* m_legalBasisList;
    QLineEdit* m_legalBasisDetailEdit;
    QPlainTextEdit* m_summaryEdit;
    QLabel* m_introLabel;
    QLabel* m_duplicatesLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttonBox;
    FieldRows m_fields;
    QStringList m_duplicatesShown; // confirmed by pressing "Register anyway"
    QString m_reference;
};

} // namespace Masar
