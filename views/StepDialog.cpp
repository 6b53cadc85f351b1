#include "StepDialog.h"

#include "CodeListWidget.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "ObjectName.h"
#include "core/Clock.h"
#include "core/Iso8601.h"
#include "core/LocaleText.h"
#include "io/DocumentFile.h"
#include "io/RequestFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masar {

StepDialog::StepDialog(const Request& request, const Transition& row, const std::vector<User>& assignable,
                       const Clock& clock, Take take, QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_row(row)
    , m_clock(clock)
    , m_take(std::move(take))
    , m_headerLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_reasonLabel(new QLabel(this))
    , m_reasonEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stepDialog"));
    m_headerLabel->setObjectName(QStringLiteral("stepHeaderLabel"));
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_errorLabel->setObjectName(QStringLiteral("stepErrorLabel"));
    m_buttonBox->setObjectName(QStringLiteral("stepButtonBox"));
    m_headerLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setMinimumHeight(m_reasonEdit->fontMetrics().lineSpacing() * 4);

    const std::vector<StepField> required = row.requiredFields();
    for (const std::vector<StepField>& fields : {required, row.optionalFields()}) {
        for (StepField field : fields) {
            QWidget* editor = editorFor(field, assignable);
            editor->setObjectName(ObjectName::of(QString(), keyOf(field), QStringLiteral("Editor")));
            auto* label = new QLabel(this);
            label->setObjectName(ObjectName::of(QString(), keyOf(field), QStringLiteral("Label")));
            label->setBuddy(editor);
            m_editors[field] = editor;
            m_labels[field] = label;
            m_form->addRow(label, editor);
        }
    }
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_form->addRow(m_reasonLabel, m_reasonEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(480);
}

QWidget* StepDialog::editorFor(StepField field, const std::vector<User>& assignable)
{
    // The request's value now, where the step sets one of its fields.
    const Assignment* assignment = m_row.assignment(field);
    const RequestField* requestField
        = assignment ? RequestFields::find(QLatin1String(assignment->requestField)) : nullptr;
    const QString current = requestField ? RequestFields::get(*requestField, m_request) : QString();
    switch (StepFields::type(field)) {
    case FieldType::Date: {
        auto* edit = new QDateEdit(m_clock.today(), this);
        edit->setCalendarPopup(true);
        return edit;
    }
    case FieldType::Code: {
        auto* combo = new QComboBox(this);
        const CodeList* codes = StepFields::codes(field);
        for (const QString& key : m_row.choices(field)) {
            combo->addItem(codes->label(key), key);
        }
        const int now = combo->findData(current);
        if (assignment && assignment->how == Assign::MustChange) {
            // The value the request has now is not a change: start elsewhere.
            if (now == combo->currentIndex() && combo->count() > 1) {
                combo->setCurrentIndex(1);
            }
        } else if (now >= 0) {
            combo->setCurrentIndex(now);
        }
        return combo;
    }
    case FieldType::Measure: {
        auto* combo = new QComboBox(this);
        for (std::size_t i = 0; i < m_request.measures.size(); ++i) {
            const Measure& m = m_request.measures[i];
            combo->addItem(QStringLiteral("%1. %2 (%3)")
                               .arg(QLocale().toString(int(i + 1)), Codes::assistanceTypes().label(m.type),
                                    Codes::measureStatuses().label(m.status)),
                           QString::number(i + 1));
        }
        return combo;
    }
    case FieldType::CodeSet: {
        // Every CodeSet field has its code list (StepFields::codes).
        auto* list = new CodeListWidget(*StepFields::codes(field), this);
        list->showRows(6);
        return list;
    }
    case FieldType::User: {
        auto* combo = new QComboBox(this);
        for (const User& user : assignable) {
            if (user.name != current) {
                combo->addItem(user.displayName.isEmpty()
                                   ? user.name
                                   : QStringLiteral("%1 (%2)").arg(user.displayName, user.name),
                               user.name);
            }
        }
        return combo;
    }
    case FieldType::File:
        return fileButton();
    case FieldType::Reference:
    case FieldType::Text:
        break;
    }
    auto* edit = new QLineEdit(current, this);
    return edit;
}

QPushButton* StepDialog::fileButton()
{
    auto* button = new QPushButton(this);
    connect(button, &QPushButton::clicked, this, [this, button]() {
        const QString path = FileDialog::openFile(this, tr("Attach a document"));
        if (path.isEmpty()) {
            return;
        }
        Result<DocumentInput> document = DocumentFile::read(path);
        if (!document) {
            m_errorLabel->setText(document.error().message());
            m_errorLabel->show();
            return;
        }
        m_document = *document;
        button->setText(m_document.name);
    });
    return button;
}

QString StepDialog::valueOf(StepField field) const
{
    QWidget* editor = m_editors.at(field);
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        return Iso8601::formatDate(date->date());
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        return combo->currentData().toString();
    }
    if (auto* list = qobject_cast<CodeListWidget*>(editor)) {
        return list->checkedKeys().join(QLatin1Char(','));
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text().trimmed();
    }
    return QString();
}

StepInput StepDialog::input() const
{
    StepInput input;
    input.reason = m_reasonEdit->toPlainText().trimmed();
    for (const auto& [field, editor] : m_editors) {
        if (StepFields::type(field) == FieldType::File) {
            if (!m_document.name.isEmpty()) {
                input.document = m_document;
            }
            continue;
        }
        const QString value = valueOf(field);
        if (value.isEmpty()) {
            continue;
        }
        if (StepFields::type(field) == FieldType::Date) {
            input.date = value;
        } else {
            input.set(field, value);
        }
    }
    return input;
}

void StepDialog::accept()
{
    const Status status = m_take(input());
    if (!status.ok()) {
        m_errorLabel->setText(status.fullText());
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

void StepDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void StepDialog::setReferences(const QStringList& references)
{
    m_references = references;
    retranslateUi();
}

void StepDialog::retranslateUi()
{
    const QString step = labelOf(m_row.step);
    if (m_references.size() > 1) {
        //: %1 a step, %Ln the number of requests it is taken on.
        setWindowTitle(tr("%1 — %Ln request(s)", nullptr, int(m_references.size())).arg(step));
        QStringList shown = m_references.mid(0, 8);
        for (QString& reference : shown) {
            reference = LocaleText::isolated(reference);
        }
        QString names = QLocale().createSeparatedList(shown);
        if (m_references.size() > shown.size()) {
            //: After the first few references of the requests a step is taken on.
            names += QLatin1Char(' ') + tr("and %Ln more", nullptr, int(m_references.size() - shown.size()));
        }
        m_headerLabel->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(step.toHtmlEscaped(), names.toHtmlEscaped()));
    }
    QString where;
    switch (m_row.target) {
    case Target::Fixed:
        //: %1 is a request's state now, %2 the state the step leads to.
        where = tr("From “%1” to “%2”.").arg(labelOf(m_request.state), labelOf(m_row.to));
        break;
    case Target::Previous:
        where = tr("From “%1” back to the state before it.").arg(labelOf(m_request.state));
        break;
    case Target::Unchanged:
        where = tr("The request stays “%1”.").arg(labelOf(m_request.state));
        break;
    }
    if (m_references.size() <= 1) {
        setWindowTitle(tr("%1 — %2").arg(step, LocaleText::isolated(m_request.reference)));
        m_headerLabel->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(step.toHtmlEscaped(), where.toHtmlEscaped()));
    }
    for (const auto& [field, label] : m_labels) {
        const QString name = StepFields::title(field);
        //: A field the step cannot be taken without.
        label->setText(m_row.requires(field) ? tr("%1 (required):").arg(name) : tr("%1:").arg(name));
        if (auto* button = qobject_cast<QPushButton*>(m_editors.at(field));
            button && m_document.name.isEmpty()) {
            button->setText(tr("Choose a file…"));
        }
    }
    m_reasonLabel->setText(m_row.reasonRequired ? tr("Reason (required):") : tr("Note:"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(step);
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Masar
