#include "DeadlineRulesPanel.h"

#include "MessageBox.h"
#include "RuleDialog.h"
#include "services/DeadlinePolicy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

DeadlineRulesPanel::DeadlineRulesPanel(Database& database, const User& actor, const Clock& clock,
                                       QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_actor(actor)
    , m_clock(clock)
    , m_introLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_editButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_introLabel->setObjectName(QStringLiteral("rulesIntroLabel"));
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_editButton->setObjectName(QStringLiteral("editRuleButton"));
    m_resetButton->setObjectName(QStringLiteral("resetRuleButton"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    const bool administrator = actor.role == Role::Administrator;
    m_editButton->setVisible(administrator);
    m_resetButton->setVisible(administrator);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeadlineRulesPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_editButton->isVisible() && m_editButton->isEnabled()) {
            editRule();
        }
    });
    connect(m_editButton, &QPushButton::clicked, this, &DeadlineRulesPanel::editRule);
    connect(m_resetButton, &QPushButton::clicked, this, &DeadlineRulesPanel::resetRule);
    retranslateUi();
}

bool DeadlineRulesPanel::selectRule(DeadlineKind kind, const QString& legalBasis)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const DeadlineRule& rule = m_rows[std::size_t(row)].rule;
        if (rule.kind == kind && rule.legalBasis == legalBasis) {
            // Not selectRow(), which right to left may find no column to select.
            m_table->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void DeadlineRulesPanel::reload()
{
    const DeadlineRuleRow* selected = selectedRow();
    const std::optional<std::pair<DeadlineKind, QString>> keep = selected
        ? std::make_optional(std::make_pair(selected->rule.kind, selected->rule.legalBasis))
        : std::nullopt;
    Result<std::vector<DeadlineRuleRow>> rows
        = DeadlineRuleTable::read(DeadlinePolicy(m_database, m_clock));
    if (!rows) {
        MessageBox::warning(this, tr("Deadline rules"), rows.error().fullText());
        return;
    }
    m_rows = rows.take();
    m_table->clearSelection();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const DeadlineRuleRow& entry = m_rows[std::size_t(row)];
        const DeadlineRule& rule = entry.rule;
        const QStringList cells = {
            DeadlineRules::label(rule.kind),
            DeadlineRuleTable::legalBasisLabel(rule.legalBasis),
            QLocale().toString(rule.period.length),
            DeadlineRuleTable::unitLabel(rule.period.unit),
            rule.source(),
            DeadlineRuleTable::originLabel(entry.setByAdministrator),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (entry.setByAdministrator) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep) {
        selectRule(keep->first, keep->second);
    }
    updateButtons();
}

const DeadlineRuleRow* DeadlineRulesPanel::selectedRow() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const int row = selected.first()->row();
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

void DeadlineRulesPanel::updateButtons()
{
    const DeadlineRuleRow* row = selectedRow();
    m_editButton->setEnabled(row != nullptr);
    m_resetButton->setEnabled(row && row->setByAdministrator);
}

void DeadlineRulesPanel::editRule()
{
    const DeadlineRuleRow* row = selectedRow();
    if (!row) {
        return;
    }
    auto* dialog = new RuleDialog(row->rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog]() {
        return DeadlinePolicy(m_database, m_clock)
            .setRule(m_actor, dialog->kind(), dialog->legalBasis(), dialog->period(), dialog->source());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const DeadlineKind kind = dialog->kind();
        const QString basis = dialog->legalBasis();
        const Period period = dialog->period();
        reload();
        selectRule(kind, basis);
        //: %1 a kind of deadline, %2 a legal basis or "all others", %3 a number, %4 "calendar days"...
        emit changed(tr("The %1 deadline (%2) is %3 %4.")
                         .arg(DeadlineRules::label(kind), DeadlineRuleTable::legalBasisLabel(basis),
                              QLocale().toString(period.length), DeadlineRuleTable::unitLabel(period.unit)));
    });
    dialog->open();
}

void DeadlineRulesPanel::resetRule()
{
    const DeadlineRuleRow* row = selectedRow();
    if (!row) {
        return;
    }
    const DeadlineKind kind = row->rule.kind;
    const QString basis = row->rule.legalBasis;
    const Status status = DeadlinePolicy(m_database, m_clock).resetRule(m_actor, kind, basis);
    if (!status.ok()) {
        MessageBox::warning(this, tr("Deadline rules"), status.fullText());
        return;
    }
    reload();
    selectRule(kind, basis);
    emit changed(tr("The %1 deadline (%2) is Masar's default again.")
                     .arg(DeadlineRules::label(kind), DeadlineRuleTable::legalBasisLabel(basis)));
}

void DeadlineRulesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DeadlineRulesPanel::retranslateUi()
{
    m_introLabel->setText(
        tr("How long each deadline is. A legal basis with a rule of its own (the EIO's) counts "
           "with it; every other with the rule for all others. An urgent request has half of "
           "each period."));
    m_table->setHorizontalHeaderLabels(
        {tr("Deadline"), tr("Legal basis"), tr("Period"), tr("Counted in"), tr("Source"), tr("Set by")});
    m_editButton->setText(tr("&Change…"));
    m_resetButton->setText(tr("Put Masar's &default back"));
    reload();
}

} // namespace Masar
