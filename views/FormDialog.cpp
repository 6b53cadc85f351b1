#include "FormDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masar {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_buttons->setObjectName(QStringLiteral("formButtonBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLabel* FormDialog::addRow(const char* objectName, QWidget* field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setBuddy(field);
    m_form->addRow(label, field);
    return label;
}

void FormDialog::apply()
{
    if (m_apply) {
        const Status status = m_apply();
        if (!status.ok()) {
            MessageBox::warning(this, windowTitle(), status.fullText());
            return;
        }
    }
    accept();
}

void FormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void FormDialog::retranslateUi()
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Masar
