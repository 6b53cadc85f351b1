#include "RegisterDialog.h"

#include "CodeListWidget.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "domain/Workflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Masar {

RegisterDialog::RegisterDialog(Direction direction, const Clock& clock, Check check, Create create,
                               QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_create(std::move(create))
    , m_check(std::move(check))
    , m_directionCombo(new QComboBox(this))
    , m_requestingCombo(new QComboBox(this))
    , m_requestedCombo(new QComboBox(this))
    , m_foreignReferenceEdit(new QLineEdit(this))
    , m_receivedEdit(new QDateEdit(clock.today(), this))
    , m_channelCombo(new QComboBox(this))
    , m_legalBasisList(new CodeListWidget(Codes::legalBases(), this))
    , m_legalBasisDetailEdit(new QLineEdit(this))
    , m_summaryEdit(new QPlainTextEdit(this))
    , m_introLabel(new QLabel(this))
    , m_duplicatesLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_fields(this)
{
    setObjectName(QStringLiteral("registerDialog"));
    m_introLabel->setObjectName(QStringLiteral("registerIntroLabel"));
    m_duplicatesLabel->setObjectName(QStringLiteral("duplicatesLabel"));
    m_errorLabel->setObjectName(QStringLiteral("registerErrorLabel"));
    m_buttonBox->setObjectName(QStringLiteral("registerButtonBox"));

    for (Direction d : allOf<Direction>()) {
        m_directionCombo->addItem(QString(), keyOf(d));
    }
    m_directionCombo->setCurrentIndex(m_directionCombo->findData(keyOf(direction)));
    // Countries by name in the user's language; typing a name's first letters finds it.
    const QStringList codes = Codes::byCountryName(Codes::countries());
    for (QComboBox* combo : {m_requestingCombo, m_requestedCombo}) {
        combo->addItem(QString(), QString());
        for (const QString& code : codes) {
            combo->addItem(Codes::countryWithCode(code), code);
        }
    }
    for (const CodeEntry& entry : Codes::channels().entries()) {
        m_channelCombo->addItem(QString(), QLatin1String(entry.key));
    }
    m_legalBasisList->showRows(5);
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setMaximumDate(clock.today());
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setMinimumHeight(m_summaryEdit->fontMetrics().lineSpacing() * 5);
    m_introLabel->setWordWrap(true);
    m_duplicatesLabel->setWordWrap(true);
    m_duplicatesLabel->setTextFormat(Qt::PlainText);
    m_duplicatesLabel->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));
    m_duplicatesLabel->hide();
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setProperty("problem", true);
    m_errorLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    auto* grid = new QGridLayout;
    layout->addLayout(grid);
    m_fields.add(QStringLiteral("direction"), m_directionCombo);
    m_fields.add(QStringLiteral("requesting_country"), m_requestingCombo);
    m_fields.add(QStringLiteral("requested_country"), m_requestedCombo);
    m_fields.add(QStringLiteral("foreign_reference"), m_foreignReferenceEdit);
    m_fields.add(QStringLiteral("received_on"), m_receivedEdit);
    m_fields.add(QStringLiteral("channel"), m_channelCombo);
    m_fields.add(QStringLiteral("legal_basis"), m_legalBasisList);
    m_fields.add(QStringLiteral("legal_basis_detail"), m_legalBasisDetailEdit);
    m_fields.add(QStringLiteral("summary"), m_summaryEdit);
    int row = 0;
    for (const QString& name : m_fields.names()) {
        const FieldRows::Row& field = m_fields.row(name);
        grid->addWidget(field.label, row, 0, Qt::AlignTop);
        grid->addWidget(field.editor, row, 1);
        grid->addWidget(field.error, row + 1, 1);
        row += 2;
    }
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &RegisterDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, &RegisterDialog::updateForDirection);
    // A change after a warning about duplicates means they must be looked for again.
    auto changed = [this]() {
        m_duplicatesShown.clear();
        m_duplicatesLabel->hide();
        m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    };
    connect(m_requestingCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_foreignReferenceEdit, &QLineEdit::textChanged, this, changed);
    updateForDirection();
    retranslateUi();
    setMinimumWidth(560);
}

Request RegisterDialog::draft() const
{
    Request r;
    r.direction
        = fromKey<Direction>(m_directionCombo->currentData().toString()).value_or(Direction::Incoming);
    r.requestingCountry = m_requestingCombo->currentData().toString();
    r.requestedCountry = m_requestedCombo->currentData().toString();
    r.foreignReference = m_foreignReferenceEdit->text().trimmed();
    if (r.direction == Direction::Incoming) {
        r.receivedOn = m_receivedEdit->date();
    }
    r.channel = m_channelCombo->currentData().toString();
    r.legalBasis = m_legalBasisList->checkedKeys();
    r.legalBasisDetail = m_legalBasisDetailEdit->text().trimmed();
    r.summary = m_summaryEdit->toPlainText().trimmed();
    return r;
}

QStringList RegisterDialog::markedFields() const
{
    return m_fields.markedFields();
}

void RegisterDialog::clearProblems()
{
    m_fields.clearProblems();
    m_errorLabel->hide();
}

void RegisterDialog::showProblems(const std::vector<FieldProblem>& problems)
{
    // "persons[0].name", say, belongs to no field of this form: said below it.
    QStringList elsewhere;
    for (const FieldProblem& problem : m_fields.showProblems(problems)) {
        elsewhere << Error::describe({problem});
    }
    if (!elsewhere.isEmpty()) {
        m_errorLabel->setText(elsewhere.join(QLatin1Char('\n')));
        m_errorLabel->show();
    }
}

void RegisterDialog::showRefusal(const Error& error)
{
    if (!error.fieldProblems().empty()) {
        showProblems(error.fieldProblems());
        return;
    }
    m_errorLabel->setText(error.fullText());
    m_errorLabel->show();
}

void RegisterDialog::accept()
{
    clearProblems();
    const Request request = draft();
    // The model's own answer: problems on their fields, or requests it may duplicate.
    Result<QStringList> duplicates = m_check(request);
    if (!duplicates) {
        showRefusal(duplicates.error());
        return;
    }
    if (!duplicates->isEmpty() && *duplicates != m_duplicatesShown) {
        m_duplicatesShown = *duplicates;
        m_duplicatesLabel->setText(
            tr("This may be a request already registered: %1. Check it, or press “Register anyway”.")
                .arg(QLocale().createSeparatedList(*duplicates)));
        m_duplicatesLabel->show();
        m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register anyway"));
        return;
    }
    Result<Request> created = m_create(request);
    if (!created) {
        showRefusal(created.error());
        return;
    }
    m_reference = created->reference;
    QDialog::accept();
}

void RegisterDialog::updateForDirection()
{
    const bool incoming = m_directionCombo->currentData().toString() == keyOf(Direction::Incoming);
    const FieldRows::Row& received = m_fields.row(QStringLiteral("received_on"));
    received.label->setVisible(incoming);
    received.editor->setVisible(incoming);
    if (!incoming) {
        received.error->hide();
    }
    retranslateUi();
}

void RegisterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RegisterDialog::retranslateUi()
{
    const bool incoming = m_directionCombo->currentData().toString() == keyOf(Direction::Incoming);
    setWindowTitle(incoming ? tr("Register an incoming request") : tr("Start an outgoing request"));
    m_introLabel->setText(incoming
                              ? tr("What the letter says first; persons, offences and measures are added "
                                   "once the request is registered.")
                              : tr("The essentials first; persons, offences and measures are added once "
                                   "the draft exists."));
    for (int i = 0; i < m_directionCombo->count(); ++i) {
        m_directionCombo->setItemText(
            i,
            labelOf(
                fromKey<Direction>(m_directionCombo->itemData(i).toString()).value_or(Direction::Incoming)));
    }
    for (QComboBox* combo : {m_requestingCombo, m_requestedCombo}) {
        combo->setItemText(0, tr("Choose a state…"));
        for (int i = 1; i < combo->count(); ++i) {
            combo->setItemText(i, Codes::countryWithCode(combo->itemData(i).toString()));
        }
    }
    for (int i = 0; i < m_channelCombo->count(); ++i) {
        m_channelCombo->setItemText(i, Codes::channels().label(m_channelCombo->itemData(i).toString()));
    }
    const std::pair<const char*, QString> labels[] = {
        {"direction", tr("&Direction:")},
        {"requesting_country", tr("Re&questing state:")},
        {"requested_country", tr("Requested s&tate:")},
        {"foreign_reference", tr("&Foreign reference:")},
        {"received_on", tr("&Received on:")},
        {"channel", tr("&Channel:")},
        {"legal_basis", tr("&Legal basis:")},
        {"legal_basis_detail", tr("Treaty and &article:")},
        {"summary", tr("&Summary:")},
    };
    for (const auto& [name, text] : labels) {
        m_fields.row(QLatin1String(name)).label->setText(text);
    }
    m_legalBasisDetailEdit->setPlaceholderText(tr("For a bilateral treaty: its name and article"));
    m_buttonBox->button(QDialogButtonBox::Ok)
        ->setText(m_duplicatesLabel->isVisible() ? tr("Register anyway") : tr("Register"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Masar
