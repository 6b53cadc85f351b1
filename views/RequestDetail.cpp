#include "RequestDetail.h"

#include "LanguageManager.h"
#include "core/LocaleText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Masar {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? LanguageManager::instance().date(date) : QString();
}

QString timeText(const QDateTime& utc)
{
    // Short, for tables: the long date with its Hijri equivalent is for the general tab.
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

} // namespace

RequestDetail::RequestDetail(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_stepBar(new QWidget(this))
    , m_stepLayout(new QHBoxLayout(m_stepBar))
    , m_moreButton(new QToolButton(m_stepBar))
    , m_moreMenu(new QMenu(m_moreButton))
    , m_tabs(new QTabWidget(this))
    , m_generalTab(new QWidget(m_tabs))
    , m_generalForm(new QFormLayout(m_generalTab))
    , m_offencesTab(new QWidget(m_tabs))
    , m_offencesLabel(new QLabel(m_offencesTab))
    , m_documentsTab(new QWidget(m_tabs))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("requestDetail"));
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_stateLabel->setObjectName(QStringLiteral("detailStateLabel"));
    m_stepBar->setObjectName(QStringLiteral("stepBar"));
    m_moreButton->setObjectName(QStringLiteral("moreStepsButton"));
    m_moreMenu->setObjectName(QStringLiteral("moreStepsMenu"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_generalTab->setObjectName(QStringLiteral("generalTab"));
    m_offencesTab->setObjectName(QStringLiteral("offencesTab"));
    m_offencesLabel->setObjectName(QStringLiteral("offencesLabel"));
    m_documentsTab->setObjectName(QStringLiteral("documentsTab"));
    m_emptyLabel->setObjectName(QStringLiteral("detailEmptyLabel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(true);
    m_stepLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_offencesLabel->setWordWrap(true);
    m_offencesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_personsTable = addTable(QStringLiteral("personsTable"), 4);
    m_measuresTable = addTable(QStringLiteral("measuresTable"), 3);
    m_documentsTable = addTable(QStringLiteral("documentsTable"), 5);
    m_linksTable = addTable(QStringLiteral("linksTable"), 2);
    m_historyTable = addTable(QStringLiteral("historyTable"), 6);
    m_historyTable->setWordWrap(true);

    auto* offencesLayout = new QVBoxLayout(m_offencesTab);
    offencesLayout->addWidget(m_offencesLabel);
    offencesLayout->addWidget(m_measuresTable, 1);

    m_openDocumentButton = new QPushButton(m_documentsTab);
    m_openDocumentButton->setObjectName(QStringLiteral("openDocumentButton"));
    m_saveDocumentButton = new QPushButton(m_documentsTab);
    m_saveDocumentButton->setObjectName(QStringLiteral("saveDocumentButton"));
    auto* documentsLayout = new QVBoxLayout(m_documentsTab);
    documentsLayout->addWidget(m_documentsTable, 1);
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addStretch();
    documentButtons->addWidget(m_openDocumentButton);
    documentButtons->addWidget(m_saveDocumentButton);
    documentsLayout->addLayout(documentButtons);
    auto selectedDocument = [this]() {
        const int row = m_documentsTable->currentRow();
        return row >= 0 && m_documentsTable->item(row, 0) ? m_documentsTable->item(row, 0)->text()
                                                          : QString();
    };
    connect(m_openDocumentButton, &QPushButton::clicked, this, [this, selectedDocument]() {
        if (!selectedDocument().isEmpty()) {
            emit openDocumentRequested(selectedDocument());
        }
    });
    connect(m_saveDocumentButton, &QPushButton::clicked, this, [this, selectedDocument]() {
        if (!selectedDocument().isEmpty()) {
            emit saveDocumentRequested(selectedDocument());
        }
    });
    connect(m_documentsTable, &QTableWidget::itemSelectionChanged, this, [this]() {
        const bool any = m_documentsTable->currentRow() >= 0;
        m_openDocumentButton->setEnabled(any);
        m_saveDocumentButton->setEnabled(any);
    });

    m_tabs->addTab(m_generalTab, QString());
    m_tabs->addTab(m_personsTable, QString());
    m_tabs->addTab(m_offencesTab, QString());
    m_tabs->addTab(m_documentsTab, QString());
    m_tabs->addTab(m_linksTable, QString());
    m_tabs->addTab(m_historyTable, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_stepBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_emptyLabel, 1);
    clear();
    retranslateUi();
}

QTableWidget* RequestDetail::addTable(const QString& objectName, int columns)
{
    auto* table = new QTableWidget(0, columns, this);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void RequestDetail::clear()
{
    m_request.reset();
    m_steps.clear();
    for (QWidget* w : {static_cast<QWidget*>(m_titleLabel), static_cast<QWidget*>(m_stateLabel), m_stepBar,
                       static_cast<QWidget*>(m_tabs)}) {
        w->hide();
    }
    m_emptyLabel->show();
}

void RequestDetail::setRequest(const Request& request, const std::vector<const Transition*>& steps)
{
    m_request = request;
    m_steps = steps;
    for (QWidget* w : {static_cast<QWidget*>(m_titleLabel), static_cast<QWidget*>(m_stateLabel), m_stepBar,
                       static_cast<QWidget*>(m_tabs)}) {
        w->show();
    }
    m_emptyLabel->hide();
    fill();
}

void RequestDetail::fill()
{
    if (!m_request) {
        return;
    }
    const Request& r = *m_request;
    m_titleLabel->setText(r.reference);
    QString state = labelOf(r.state);
    if (!r.disposition.isEmpty()) {
        state = tr("%1 (%2)").arg(state, Codes::dispositions().label(r.disposition));
    }
    //: %1 the direction, %2 the state, %3 the user the request is assigned to.
    m_stateLabel->setText(tr("%1 · %2 · assigned to %3")
                              .arg(labelOf(r.direction), state,
                                   r.assignee.isEmpty() ? tr("nobody") : LocaleText::isolated(r.assignee)));

    // The steps the workflow table offers: those that move the request as
    // buttons, those that only record something in a menu beside them.
    while (m_stepLayout->count() > 0) {
        QLayoutItem* item = m_stepLayout->takeAt(0);
        if (item->widget() != m_moreButton) {
            delete item->widget();
        }
        delete item;
    }
    m_moreMenu->clear();
    for (const Transition* row : m_steps) {
        const Step step = row->step;
        if (!row->changesState()) {
            QAction* action = m_moreMenu->addAction(labelOf(step) + QStringLiteral("…"));
            action->setObjectName(QStringLiteral("stepAction_") + keyOf(step));
            connect(action, &QAction::triggered, this, [this, step]() { emit stepRequested(step); });
            continue;
        }
        auto* button = new QPushButton(labelOf(step), m_stepBar);
        button->setObjectName(QStringLiteral("stepButton_") + keyOf(step));
        button->setToolTip(row->target == Target::Fixed ? tr("Leads to “%1”").arg(labelOf(row->to))
                                                        : QString());
        connect(button, &QPushButton::clicked, this, [this, step]() { emit stepRequested(step); });
        m_stepLayout->addWidget(button);
    }
    m_stepLayout->addStretch();
    m_stepLayout->addWidget(m_moreButton);
    m_moreButton->setVisible(!m_moreMenu->isEmpty());

    fillGeneral();

    m_personsTable->setRowCount(int(r.persons.size()));
    for (int i = 0; i < int(r.persons.size()); ++i) {
        const Person& p = r.persons[std::size_t(i)];
        setRow(m_personsTable, i,
               {p.name, Codes::personRoles().label(p.role),
                p.nationality.isEmpty() ? QString() : Codes::countryName(p.nationality),
                dateText(p.birthDate)});
    }
    m_offencesLabel->setText(r.offences.isEmpty()
                                 ? tr("Offences: none recorded.")
                                 : tr("Offences: %1").arg(Codes::offences().labels(r.offences)));
    m_measuresTable->setRowCount(int(r.measures.size()));
    for (int i = 0; i < int(r.measures.size()); ++i) {
        const Measure& m = r.measures[std::size_t(i)];
        setRow(m_measuresTable, i,
               {Codes::assistanceTypes().label(m.type), Codes::measureStatuses().label(m.status), m.note});
    }
    m_documentsTable->setRowCount(int(r.documents.size()));
    for (int i = 0; i < int(r.documents.size()); ++i) {
        const Document& d = r.documents[std::size_t(i)];
        setRow(m_documentsTable, i,
               {d.name, QLocale().formattedDataSize(d.size), timeText(d.addedAt), d.addedBy, d.sha256});
    }
    m_openDocumentButton->setEnabled(false);
    m_saveDocumentButton->setEnabled(false);
    m_linksTable->setRowCount(int(r.links.size()));
    for (int i = 0; i < int(r.links.size()); ++i) {
        const Link& l = r.links[std::size_t(i)];
        setRow(m_linksTable, i, {l.reference, Codes::linkKinds().label(l.kind)});
    }
    // Newest first: what happened last is what one looks for.
    m_historyTable->setRowCount(int(r.history.size()));
    for (int i = 0; i < int(r.history.size()); ++i) {
        const HistoryEntry& e = r.history[r.history.size() - 1 - std::size_t(i)];
        setRow(m_historyTable, i,
               {timeText(e.at), e.actor, labelOf(e.step), e.from ? labelOf(*e.from) : QString(),
                labelOf(e.to), e.reason});
    }
    m_historyTable->resizeRowsToContents();
    for (QTableWidget* table :
         {m_personsTable, m_measuresTable, m_documentsTable, m_linksTable, m_historyTable}) {
        table->resizeColumnsToContents();
    }
    m_tabs->setTabText(1, tr("Persons (%1)").arg(QLocale().toString(int(r.persons.size()))));
    m_tabs->setTabText(3, tr("Documents (%1)").arg(QLocale().toString(int(r.documents.size()))));
    m_tabs->setTabText(4, tr("Links (%1)").arg(QLocale().toString(int(r.links.size()))));
}

void RequestDetail::fillGeneral()
{
    while (m_generalForm->rowCount() > 0) {
        m_generalForm->removeRow(0);
    }
    const Request& r = *m_request;
    auto add = [this](const QString& label, const QString& value, const QString& name) {
        if (value.isEmpty()) {
            return;
        }
        auto* field = new QLabel(value, m_generalTab);
        field->setObjectName(name);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Values start where the labels' text starts, whatever script they are in.
        field->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                            | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        m_generalForm->addRow(label, field);
    };
    add(tr("Requesting state:"), Codes::countryName(r.requestingCountry), QStringLiteral("requestingValue"));
    add(tr("Requested state:"), Codes::countryName(r.requestedCountry), QStringLiteral("requestedValue"));
    add(tr("Foreign reference:"), r.foreignReference, QStringLiteral("foreignReferenceValue"));
    add(tr("Requesting authority:"), r.requestingAuthority, QStringLiteral("requestingAuthorityValue"));
    add(tr("Requested authority:"), r.requestedAuthority, QStringLiteral("requestedAuthorityValue"));
    add(tr("Executing authority:"), r.executingAuthority, QStringLiteral("executingAuthorityValue"));
    add(tr("Executing authority's reference:"), r.executingReference,
        QStringLiteral("executingReferenceValue"));
    add(tr("Eurojust reference:"), r.eurojustReference, QStringLiteral("eurojustReferenceValue"));
    add(tr("Interpol reference:"), r.interpolReference, QStringLiteral("interpolReferenceValue"));
    add(tr("Legal basis:"), Codes::legalBases().labels(r.legalBasis), QStringLiteral("legalBasisValue"));
    add(tr("Treaty and article:"), r.legalBasisDetail, QStringLiteral("legalBasisDetailValue"));
    add(tr("Channel:"), Codes::channels().label(r.channel), QStringLiteral("channelValue"));
    QString priority = Codes::priorities().label(r.priority);
    if (!r.urgencyReason.isEmpty()) {
        priority = tr("%1: %2").arg(priority, r.urgencyReason);
    }
    add(tr("Priority:"), priority, QStringLiteral("priorityValue"));
    add(tr("Confidentiality:"), Codes::confidentialities().label(r.confidentiality),
        QStringLiteral("confidentialityValue"));
    add(tr("Received on:"), dateText(r.receivedOn), QStringLiteral("receivedOnValue"));
    add(tr("Sent on:"), dateText(r.sentOn), QStringLiteral("sentOnValue"));
    add(tr("Requested by:"), dateText(r.requestedBy), QStringLiteral("requestedByValue"));
    add(tr("Summary:"), r.summary, QStringLiteral("summaryValue"));
}

void RequestDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        fill();
    }
    QWidget::changeEvent(event);
}

void RequestDetail::retranslateUi()
{
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Persons"));
    m_tabs->setTabText(2, tr("Offences and measures"));
    m_tabs->setTabText(3, tr("Documents"));
    m_tabs->setTabText(4, tr("Links"));
    m_tabs->setTabText(5, tr("History"));
    m_personsTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Nationality"), tr("Born")});
    m_measuresTable->setHorizontalHeaderLabels({tr("Measure"), tr("Status"), tr("Note")});
    m_documentsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Size"), tr("Added"), tr("By"), tr("SHA-256")});
    m_linksTable->setHorizontalHeaderLabels({tr("Request"), tr("Link")});
    m_historyTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Step"), tr("From"), tr("To"), tr("Reason")});
    m_openDocumentButton->setText(tr("&Open"));
    m_saveDocumentButton->setText(tr("Save a &copy…"));
    m_emptyLabel->setText(tr("Select a request in the list to see it here."));
    m_moreButton->setText(tr("Record…"));
    m_moreButton->setToolTip(tr("Steps that record something without moving the request"));
    fill();
}

} // namespace Masar
