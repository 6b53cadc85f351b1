#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Masar {

// A small form of a few fields with OK and Cancel. OK applies the change
// through the function given: when the model refuses it, its message is
// shown through the MessageBox seam and the form stays open with what was
// typed; done, the form closes.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status()>;

    explicit FormDialog(QWidget* parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }

protected:
    // Adds a row: a label (text set by retranslateUi) and its field.
    QLabel* addRow(const char* objectName, QWidget* field);
    QFormLayout* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void changeEvent(QEvent* event) override;
    // Subclasses set their texts here, and call it once from their constructor.
    virtual void retranslateUi();

private:
    void apply();

    QFormLayout* m_form;
    QDialogButtonBox* m_buttons;
    Apply m_apply;
};

} // namespace Masar
