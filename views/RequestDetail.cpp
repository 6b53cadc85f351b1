#include "RequestDetail.h"

#include "DeadlineDelegate.h"
#include "GeneralEditor.h"
#include "LanguageManager.h"
#include "LinksEditor.h"
#include "MeasuresEditor.h"
#include "ObjectName.h"
#include "PersonsEditor.h"
#include "WrappedTextDelegate.h"
#include "core/LocaleText.h"
#include "deadlines/DeadlineStatus.h"
#include "services/HistoryText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Masar {

namespace {

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

enum Tab { GeneralTab, PersonsTab, MeasuresTab, DocumentsTab, LinksTab, HistoryTab };
// The history's columns: when, who, the step (and the states it moved between), the note.
enum { NoteColumn = 3, HistoryColumns = 4 };

} // namespace

RequestDetail::RequestDetail(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_deadlineLabel(new QLabel(this))
    , m_modifiedLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_discardButton(new QPushButton(this))
    , m_stepBar(new QWidget(this))
    , m_stepLayout(new QHBoxLayout(m_stepBar))
    , m_moreButton(new QToolButton(m_stepBar))
    , m_moreMenu(new QMenu(m_moreButton))
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralEditor)
    , m_persons(new PersonsEditor(m_tabs))
    , m_measures(new MeasuresEditor(m_tabs))
    , m_documentsTab(new QWidget(m_tabs))
    , m_links(new LinksEditor(m_tabs))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("requestDetail"));
    const std::pair<QObject*, const char*> names[] = {
        {m_titleLabel, "detailTitleLabel"},
        {m_stateLabel, "detailStateLabel"},
        {m_deadlineLabel, "deadlineLabel"},
        {m_modifiedLabel, "modifiedLabel"},
        {m_saveButton, "saveButton"},
        {m_discardButton, "discardButton"},
        {m_stepBar, "stepBar"},
        {m_moreButton, "moreStepsButton"},
        {m_moreMenu, "moreStepsMenu"},
        {m_tabs, "detailTabs"},
        {m_documentsTab, "documentsTab"},
        {m_emptyLabel, "detailEmptyLabel"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }
    setUpHeader();
    setUpTabs();
    layOut();
    for (RequestPart* part : parts()) {
        connect(part, &RequestPart::changed, this, [this]() { setModified(true); });
    }
    connect(m_saveButton, &QPushButton::clicked, this, &RequestDetail::saveRequested);
    connect(m_discardButton, &QPushButton::clicked, this, &RequestDetail::discardRequested);
    clear();
    retranslateUi();
}

void RequestDetail::setUpHeader()
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(true);
    m_modifiedLabel->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stepLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
}

void RequestDetail::setUpDocumentsTab()
{
    m_attachButton = new QPushButton(m_documentsTab);
    m_attachButton->setObjectName(QStringLiteral("attachDocumentButton"));
    m_openDocumentButton = new QPushButton(m_documentsTab);
    m_openDocumentButton->setObjectName(QStringLiteral("openDocumentButton"));
    m_saveDocumentButton = new QPushButton(m_documentsTab);
    m_saveDocumentButton->setObjectName(QStringLiteral("saveDocumentButton"));
    auto* documentsLayout = new QVBoxLayout(m_documentsTab);
    documentsLayout->addWidget(m_documentsTable, 1);
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attachButton);
    documentButtons->addStretch();
    documentButtons->addWidget(m_openDocumentButton);
    documentButtons->addWidget(m_saveDocumentButton);
    documentsLayout->addLayout(documentButtons);
    auto selectedDocument = [this]() {
        const int row = m_documentsTable->currentRow();
        return row >= 0 && m_documentsTable->item(row, 0) ? m_documentsTable->item(row, 0)->text()
                                                          : QString();
    };
    connect(m_attachButton, &QPushButton::clicked, this, [this]() { emit stepRequested(Step::AddDocument); });
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
}

void RequestDetail::setUpTabs()
{
    // The general tab scrolls: it is long, and the window may be small.
    auto* generalScroll = new QScrollArea(m_tabs);
    generalScroll->setObjectName(QStringLiteral("generalTab"));
    generalScroll->setWidget(m_general);
    generalScroll->setWidgetResizable(true);
    generalScroll->setFrameShape(QFrame::NoFrame);
    m_documentsTable = addTable(QStringLiteral("documentsTable"), 5);
    // When, who, the step with the states it moved between, and the note:
    // the note takes the room left and wraps, so that it is read whole.
    m_historyTable = addTable(QStringLiteral("historyTable"), HistoryColumns);
    m_historyTable->setWordWrap(true);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->setItemDelegateForColumn(NoteColumn, new WrappedTextDelegate(m_historyTable));
    setUpDocumentsTab();
    m_tabs->addTab(generalScroll, QString());
    m_tabs->addTab(m_persons, QString());
    m_tabs->addTab(m_measures, QString());
    m_tabs->addTab(m_documentsTab, QString());
    m_tabs->addTab(m_links, QString());
    m_tabs->addTab(m_historyTable, QString());
}

void RequestDetail::layOut()
{
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addWidget(m_modifiedLabel);
    header->addStretch();
    header->addWidget(m_discardButton);
    header->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_deadlineLabel);
    layout->addWidget(m_stepBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_emptyLabel, 1);
}

std::vector<RequestPart*> RequestDetail::parts() const
{
    return {m_general, m_persons, m_measures, m_links};
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

void RequestDetail::setModified(bool modified)
{
    if (modified && !m_editable) {
        return;
    }
    const bool was = m_modified;
    m_modified = modified;
    m_modifiedLabel->setVisible(modified);
    m_saveButton->setVisible(m_editable);
    m_discardButton->setVisible(m_editable);
    m_saveButton->setEnabled(modified);
    m_discardButton->setEnabled(modified);
    if (was != modified) {
        emit modifiedChanged(modified);
    }
}

void RequestDetail::setDeadline(const std::optional<RequestDeadline>& deadline)
{
    m_deadline = deadline;
    showDeadline();
}

void RequestDetail::showDeadline()
{
    m_deadlineLabel->setVisible(m_deadline.has_value() && m_request.has_value());
    if (!m_deadline) {
        return;
    }
    const auto date = [](const QDate& day) {
        return LanguageManager::instance().date(day);
    };
    //: %1 is the kind of deadline ("decision"), %2 its date.
    QString text
        = tr("Next deadline (%1): %2").arg(DeadlineRules::label(m_deadline->kind), date(m_deadline->due));
    // Overdue or close, said in words as well as in colour, as in the list.
    if (const QString standing = DeadlineStatus::describe(m_deadline->due, m_today); !standing.isEmpty()) {
        text += QStringLiteral(" — ") + standing;
    }
    const QColor colour = DeadlineDelegate::colour(DeadlineStatus::of(m_deadline->due, m_today));
    m_deadlineLabel->setText(text);
    m_deadlineLabel->setStyleSheet(
        colour.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(colour.name()) : QString());
    // Why this date: the base date, the rule, the days paused and skipped.
    m_deadlineLabel->setToolTip(DeadlineEngine::explain(*m_deadline, date).join(QLatin1Char('\n')));
}

void RequestDetail::clear()
{
    m_request.reset();
    m_deadline.reset();
    m_steps.clear();
    m_editable = false;
    for (QWidget* w : std::initializer_list<QWidget*> {m_titleLabel, m_stateLabel, m_deadlineLabel, m_stepBar,
                                                       m_tabs, m_saveButton, m_discardButton}) {
        w->hide();
    }
    setModified(false);
    m_emptyLabel->show();
}

void RequestDetail::setRequest(const Request& request, const std::vector<const Transition*>& steps,
                               const QDate& today)
{
    m_request = request;
    m_today = today;
    m_steps.clear();
    // Amending is not a button: where the workflow allows it, the tabs are editable.
    m_editable = false;
    for (const Transition* row : steps) {
        if (row->step == Step::Amend) {
            m_editable = true;
        } else {
            m_steps.push_back(row);
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*> {m_titleLabel, m_stateLabel, m_stepBar, m_tabs}) {
        w->show();
    }
    m_emptyLabel->hide();
    m_modified = false;
    fill(request);
    setModified(false);
}

Request RequestDetail::edited() const
{
    Request result = m_request.value_or(Request());
    for (RequestPart* part : parts()) {
        part->apply(&result);
    }
    return result;
}

std::vector<FieldProblem> RequestDetail::showProblems(const std::vector<FieldProblem>& problems)
{
    std::vector<FieldProblem> elsewhere = m_general->showProblems(problems);
    if (elsewhere.size() < problems.size()) {
        m_tabs->setCurrentIndex(GeneralTab);
    }
    return elsewhere;
}

void RequestDetail::setUsers(const std::vector<User>& users)
{
    m_users = users;
    if (m_request) {
        fillHistory(*m_request);
    }
}

QString RequestDetail::personName(const QString& name) const
{
    for (const User& user : m_users) {
        if (user.name == name && !user.displayName.isEmpty()) {
            return user.displayName;
        }
    }
    return name;
}

void RequestDetail::fillHistory(const Request& r)
{
    HistoryText::Style style;
    style.date = [](const QDate& date) {
        return QLocale().toString(date, QLocale::ShortFormat);
    };
    style.person = [this](const QString& name) {
        return personName(name);
    };
    // Newest first: what happened last is what one looks for.
    m_historyTable->setRowCount(int(r.history.size()));
    for (int i = 0; i < int(r.history.size()); ++i) {
        const HistoryEntry& e = r.history[r.history.size() - 1 - std::size_t(i)];
        QString step = labelOf(e.step);
        if (e.from && *e.from != e.to) {
            //: A step and the states it moved the request between: "Register" over "Received → Registered".
            //: Arabic: the arrow points from the first state to the second, right to left (←).
            step += QLatin1Char('\n') + tr("%1 → %2").arg(labelOf(*e.from), labelOf(e.to));
        } else if (!e.from) {
            step += QLatin1Char('\n') + labelOf(e.to);
        }
        const QString note = HistoryText::note(e, style);
        setRow(m_historyTable, i, {timeText(e.at), personName(e.actor), step, note});
        m_historyTable->item(i, NoteColumn)->setToolTip(note);
    }
    for (int column = 0; column < NoteColumn; ++column) {
        m_historyTable->resizeColumnToContents(column);
    }
}

void RequestDetail::fill(const Request& r)
{
    if (!m_request) {
        return;
    }
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
    bool mayAttach = false;
    for (const Transition* row : m_steps) {
        const Step step = row->step;
        mayAttach = mayAttach || step == Step::AddDocument;
        if (!row->changesState()) {
            QAction* action = m_moreMenu->addAction(labelOf(step) + QStringLiteral("…"));
            action->setObjectName(ObjectName::of(QStringLiteral("stepAction"), keyOf(step)));
            connect(action, &QAction::triggered, this, [this, step]() { emit stepRequested(step); });
            continue;
        }
        auto* button = new QPushButton(labelOf(step), m_stepBar);
        button->setObjectName(ObjectName::of(QStringLiteral("stepButton"), keyOf(step)));
        button->setToolTip(row->target == Target::Fixed ? tr("Leads to “%1”").arg(labelOf(row->to))
                                                        : QString());
        connect(button, &QPushButton::clicked, this, [this, step]() { emit stepRequested(step); });
        m_stepLayout->addWidget(button);
    }
    m_stepLayout->addStretch();
    m_stepLayout->addWidget(m_moreButton);
    m_moreButton->setVisible(!m_moreMenu->isEmpty());

    m_general->setToday(m_today);
    for (RequestPart* part : parts()) {
        part->setRequest(r, m_editable);
    }

    m_documentsTable->setRowCount(int(r.documents.size()));
    for (int i = 0; i < int(r.documents.size()); ++i) {
        const Document& d = r.documents[std::size_t(i)];
        setRow(m_documentsTable, i,
               {d.name, QLocale().formattedDataSize(d.size), timeText(d.addedAt), d.addedBy, d.sha256});
    }
    m_documentsTable->resizeColumnsToContents();
    m_attachButton->setVisible(mayAttach);
    m_openDocumentButton->setEnabled(false);
    m_saveDocumentButton->setEnabled(false);
    fillHistory(r);
    m_tabs->setTabText(PersonsTab, tr("Persons (%1)").arg(QLocale().toString(int(r.persons.size()))));
    m_tabs->setTabText(DocumentsTab, tr("Documents (%1)").arg(QLocale().toString(int(r.documents.size()))));
    m_tabs->setTabText(LinksTab, tr("Links (%1)").arg(QLocale().toString(int(r.links.size()))));
}

void RequestDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RequestDetail::retranslateUi()
{
    m_tabs->setTabText(GeneralTab, tr("General"));
    m_tabs->setTabText(PersonsTab, tr("Persons"));
    m_tabs->setTabText(MeasuresTab, tr("Offences and measures"));
    m_tabs->setTabText(DocumentsTab, tr("Documents"));
    m_tabs->setTabText(LinksTab, tr("Links"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_documentsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Size"), tr("Added"), tr("By"), tr("SHA-256")});
    m_historyTable->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    m_attachButton->setText(tr("&Attach a file…"));
    m_openDocumentButton->setText(tr("&Open"));
    m_saveDocumentButton->setText(tr("Save a &copy…"));
    m_emptyLabel->setText(tr("Select a request in the list to see it here."));
    m_moreButton->setText(tr("Record…"));
    m_moreButton->setToolTip(tr("Steps that record something without moving the request"));
    m_modifiedLabel->setText(tr("(modified)"));
    showDeadline();
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the changes to this request (%1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_discardButton->setText(tr("Discard changes"));
    // Shown again in the new language, with the user's edits kept.
    if (m_request) {
        const bool modified = m_modified;
        const Request shown = edited();
        fill(shown);
        m_modified = modified;
        setModified(modified);
    }
}

} // namespace Masar
