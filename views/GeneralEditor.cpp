#include "GeneralEditor.h"

#include "CodeListWidget.h"
#include "LanguageManager.h"
#include "core/LocaleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace Masar {

GeneralEditor::GeneralEditor(QWidget* parent)
    : RequestPart(parent)
    , m_form(new QFormLayout)
    , m_requestingCombo(new QComboBox(this))
    , m_requestedCombo(new QComboBox(this))
    , m_foreignReferenceEdit(new QLineEdit(this))
    , m_requestingAuthorityEdit(new QLineEdit(this))
    , m_requestedAuthorityEdit(new QLineEdit(this))
    , m_executingAuthorityEdit(new QLineEdit(this))
    , m_executingReferenceEdit(new QLineEdit(this))
    , m_eurojustEdit(new QLineEdit(this))
    , m_interpolEdit(new QLineEdit(this))
    , m_legalBasisList(new CodeListWidget(Codes::legalBases(), this))
    , m_legalBasisDetailEdit(new QLineEdit(this))
    , m_channelCombo(new QComboBox(this))
    , m_receivedEdit(new QDateEdit(this))
    , m_requestedByBox(new QWidget(this))
    , m_requestedByCheck(new QCheckBox(m_requestedByBox))
    , m_requestedByEdit(new QDateEdit(m_requestedByBox))
    , m_summaryEdit(new QPlainTextEdit(this))
    , m_stepFieldsLabel(new QLabel(this))
    , m_fields(this)
{
    setObjectName(QStringLiteral("generalEditor"));
    m_requestedByCheck->setObjectName(QStringLiteral("requestedByCheck"));
    m_requestedByEdit->setObjectName(QStringLiteral("requestedByDateEdit"));
    m_stepFieldsLabel->setObjectName(QStringLiteral("stepFieldsLabel"));
    for (const CodeEntry& entry : Codes::channels().entries()) {
        m_channelCombo->addItem(QString(), QLatin1String(entry.key));
    }
    m_legalBasisList->showRows(4);
    for (QDateEdit* edit : {m_receivedEdit, m_requestedByEdit}) {
        edit->setCalendarPopup(true);
    }
    auto* requestedBy = new QHBoxLayout(m_requestedByBox);
    requestedBy->setContentsMargins(0, 0, 0, 0);
    requestedBy->addWidget(m_requestedByCheck);
    requestedBy->addWidget(m_requestedByEdit, 1);
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setMinimumHeight(m_summaryEdit->fontMetrics().lineSpacing() * 4);
    m_stepFieldsLabel->setWordWrap(true);
    m_stepFieldsLabel->setTextFormat(Qt::PlainText);
    m_stepFieldsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    addRow(QStringLiteral("requesting_country"), m_requestingCombo);
    addRow(QStringLiteral("requested_country"), m_requestedCombo);
    addRow(QStringLiteral("foreign_reference"), m_foreignReferenceEdit);
    addRow(QStringLiteral("requesting_authority"), m_requestingAuthorityEdit);
    addRow(QStringLiteral("requested_authority"), m_requestedAuthorityEdit);
    addRow(QStringLiteral("executing_authority"), m_executingAuthorityEdit);
    addRow(QStringLiteral("executing_reference"), m_executingReferenceEdit);
    addRow(QStringLiteral("eurojust_reference"), m_eurojustEdit);
    addRow(QStringLiteral("interpol_reference"), m_interpolEdit);
    addRow(QStringLiteral("legal_basis"), m_legalBasisList);
    addRow(QStringLiteral("legal_basis_detail"), m_legalBasisDetailEdit);
    addRow(QStringLiteral("channel"), m_channelCombo);
    addRow(QStringLiteral("received_on"), m_receivedEdit);
    addRow(QStringLiteral("requested_by"), m_requestedByBox);
    addRow(QStringLiteral("summary"), m_summaryEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_stepFieldsLabel);
    layout->addStretch();

    auto notify = [this]() {
        edited();
    };
    for (QComboBox* combo : {m_requestingCombo, m_requestedCombo, m_channelCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
    }
    for (QLineEdit* edit : {m_foreignReferenceEdit, m_requestingAuthorityEdit, m_requestedAuthorityEdit,
                            m_executingAuthorityEdit, m_executingReferenceEdit, m_eurojustEdit,
                            m_interpolEdit, m_legalBasisDetailEdit}) {
        connect(edit, &QLineEdit::textEdited, this, notify);
    }
    connect(m_legalBasisList, &QListWidget::itemChanged, this, notify);
    connect(m_receivedEdit, &QDateEdit::dateChanged, this, notify);
    connect(m_requestedByEdit, &QDateEdit::dateChanged, this, notify);
    connect(m_requestedByCheck, &QCheckBox::toggled, this, [this, notify](bool on) {
        m_requestedByEdit->setEnabled(on && m_requestedByCheck->isEnabled());
        notify();
    });
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, notify);
    retranslateUi();
}

void GeneralEditor::addRow(const QString& name, QWidget* editor)
{
    const FieldRows::Row& row = m_fields.add(name, editor);
    auto* field = new QVBoxLayout;
    field->setSpacing(2);
    field->addWidget(editor);
    field->addWidget(row.error);
    m_form->addRow(row.label, field);
}

void GeneralEditor::setRequest(const Request& r, bool editable)
{
    m_loading = true;
    clearProblems();
    m_direction = r.direction;
    auto select = [](QComboBox* combo, const QString& key) {
        combo->setCurrentIndex(combo->findData(key));
    };
    select(m_requestingCombo, r.requestingCountry);
    select(m_requestedCombo, r.requestedCountry);
    select(m_channelCombo, r.channel);
    m_foreignReferenceEdit->setText(r.foreignReference);
    m_requestingAuthorityEdit->setText(r.requestingAuthority);
    m_requestedAuthorityEdit->setText(r.requestedAuthority);
    m_executingAuthorityEdit->setText(r.executingAuthority);
    m_executingReferenceEdit->setText(r.executingReference);
    m_eurojustEdit->setText(r.eurojustReference);
    m_interpolEdit->setText(r.interpolReference);
    m_legalBasisList->setCheckedKeys(r.legalBasis);
    m_legalBasisDetailEdit->setText(r.legalBasisDetail);
    // Long values are read from their beginning.
    for (QLineEdit* edit : findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly)) {
        edit->setCursorPosition(0);
    }
    const bool incoming = r.direction == Direction::Incoming;
    m_receivedEdit->setDate(r.receivedOn.isValid() ? r.receivedOn : m_today);
    m_fields.row(QStringLiteral("received_on")).label->setVisible(incoming);
    m_receivedEdit->setVisible(incoming);
    m_requestedByCheck->setChecked(r.requestedBy.isValid());
    m_requestedByEdit->setDate(r.requestedBy.isValid() ? r.requestedBy : m_today);
    m_summaryEdit->setPlainText(r.summary);

    // Read-only where the user may not edit (a clerk, a closed request).
    for (QLineEdit* edit : findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly)) {
        edit->setReadOnly(!editable);
    }
    m_summaryEdit->setReadOnly(!editable);
    for (QWidget* w : std::initializer_list<QWidget*> {m_requestingCombo, m_requestedCombo, m_channelCombo,
                                                       m_receivedEdit, m_requestedByCheck}) {
        w->setEnabled(editable);
    }
    m_requestedByEdit->setEnabled(editable && r.requestedBy.isValid());
    m_legalBasisList->setEditable(editable);

    // What changes only by a step, said once, below.
    QStringList byStep;
    QString priority = Codes::priorities().label(r.priority);
    if (!r.urgencyReason.isEmpty()) {
        priority = tr("%1 (%2)").arg(priority, r.urgencyReason);
    }
    byStep << tr("Priority: %1").arg(priority)
           << tr("Confidentiality: %1").arg(Codes::confidentialities().label(r.confidentiality));
    if (r.sentOn.isValid()) {
        byStep << tr("Sent on: %1").arg(LanguageManager::instance().date(r.sentOn));
    }
    if (!r.disposition.isEmpty()) {
        byStep << tr("Outcome: %1").arg(Codes::dispositions().label(r.disposition));
    }
    m_stepFieldsLabel->setText(byStep.join(QLatin1Char('\n')));
    m_loading = false;
}

void GeneralEditor::apply(Request* r) const
{
    r->requestingCountry = m_requestingCombo->currentData().toString();
    r->requestedCountry = m_requestedCombo->currentData().toString();
    r->channel = m_channelCombo->currentData().toString();
    r->foreignReference = m_foreignReferenceEdit->text().trimmed();
    r->requestingAuthority = m_requestingAuthorityEdit->text().trimmed();
    r->requestedAuthority = m_requestedAuthorityEdit->text().trimmed();
    r->executingAuthority = m_executingAuthorityEdit->text().trimmed();
    r->executingReference = m_executingReferenceEdit->text().trimmed();
    r->eurojustReference = m_eurojustEdit->text().trimmed();
    r->interpolReference = m_interpolEdit->text().trimmed();
    r->legalBasis = m_legalBasisList->checkedKeys();
    r->legalBasisDetail = m_legalBasisDetailEdit->text().trimmed();
    if (r->direction == Direction::Incoming) {
        r->receivedOn = m_receivedEdit->date();
    }
    r->requestedBy = m_requestedByCheck->isChecked() ? m_requestedByEdit->date() : QDate();
    r->summary = m_summaryEdit->toPlainText().trimmed();
}

void GeneralEditor::clearProblems()
{
    m_fields.clearProblems();
}

std::vector<FieldProblem> GeneralEditor::showProblems(const std::vector<FieldProblem>& problems)
{
    return m_fields.showProblems(problems);
}

QStringList GeneralEditor::markedFields() const
{
    return m_fields.markedFields();
}

void GeneralEditor::fillCodes()
{
    const bool loading = m_loading;
    m_loading = true;
    const QStringList codes = Codes::byCountryName(Codes::countries());
    for (QComboBox* combo : {m_requestingCombo, m_requestedCombo}) {
        const QString current = combo->currentData().toString();
        combo->clear();
        for (const QString& code : codes) {
            combo->addItem(Codes::countryWithCode(code), code);
        }
        combo->setCurrentIndex(combo->findData(current));
    }
    for (int i = 0; i < m_channelCombo->count(); ++i) {
        m_channelCombo->setItemText(i, Codes::channels().label(m_channelCombo->itemData(i).toString()));
    }
    m_loading = loading;
}

void GeneralEditor::retranslateUi()
{
    fillCodes();
    const std::pair<const char*, QString> labels[] = {
        {"requesting_country", tr("Requesting state:")},
        {"requested_country", tr("Requested state:")},
        {"foreign_reference", tr("Foreign reference:")},
        {"requesting_authority", tr("Requesting authority:")},
        {"requested_authority", tr("Requested authority:")},
        {"executing_authority", tr("Executing authority:")},
        {"executing_reference", tr("Executing authority's reference:")},
        {"eurojust_reference", tr("Eurojust reference:")},
        {"interpol_reference", tr("Interpol reference:")},
        {"legal_basis", tr("Legal basis:")},
        {"legal_basis_detail", tr("Treaty and article:")},
        {"channel", tr("Channel:")},
        {"received_on", tr("Received on:")},
        {"requested_by", tr("Requested by:")},
        {"summary", tr("Summary:")},
    };
    for (const auto& [name, text] : labels) {
        m_fields.row(QLatin1String(name)).label->setText(text);
    }
    m_requestedByCheck->setText(tr("A date is asked for"));
}

} // namespace Masar
