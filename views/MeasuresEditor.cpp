#include "MeasuresEditor.h"

#include "CodeListWidget.h"
#include "ListEditor.h"
#include "services/RequestAmendment.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

namespace {

enum Column { TypeColumn, StatusColumn, NoteColumn };

} // namespace

MeasuresEditor::MeasuresEditor(QWidget* parent)
    : RequestPart(parent)
    , m_offencesLabel(new QLabel(this))
    , m_offencesList(new CodeListWidget(Codes::offences(), this))
    , m_measuresLabel(new QLabel(this))
    , m_list(new ListEditor(QStringLiteral("measures"), 3, this))
{
    setObjectName(QStringLiteral("measuresPanel"));
    m_offencesLabel->setObjectName(QStringLiteral("offencesLabel"));
    m_offencesList->setObjectName(QStringLiteral("offencesList"));
    m_measuresLabel->setObjectName(QStringLiteral("measuresLabel"));
    m_offencesLabel->setBuddy(m_offencesList);
    m_offencesList->showRows(5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_offencesLabel);
    layout->addWidget(m_offencesList);
    layout->addWidget(m_measuresLabel);
    layout->addWidget(m_list, 1);

    m_list->setRowMaker([this](int row) {
        addRow(row,
               Measure {Codes::assistanceTypes().keys().value(0), QStringLiteral("pending"), QString(), 0});
    });
    m_list->setRemovable([this](int row) {
        auto* type = qobject_cast<QComboBox*>(m_list->table()->cellWidget(row, TypeColumn));
        const qint64 id = type ? type->property("measureId").toLongLong() : 0;
        for (const Measure& m : m_stored) {
            if (m.id == id) {
                return RequestAmendment::mayChangeOrRemove(m);
            }
        }
        return true;
    });
    auto notify = [this]() {
        edited();
    };
    connect(m_list, &ListEditor::changed, this, notify);
    connect(m_offencesList, &QListWidget::itemChanged, this, notify);
    retranslateUi();
}

void MeasuresEditor::addRow(int row, const Measure& measure)
{
    QTableWidget* table = m_list->table();
    auto* type = new QComboBox(table);
    type->setObjectName(QStringLiteral("measureTypeCombo"));
    type->setProperty("measureId", measure.id);
    for (const CodeEntry& entry : Codes::assistanceTypes().entries()) {
        type->addItem(Codes::assistanceTypes().label(QLatin1String(entry.key)), QLatin1String(entry.key));
    }
    type->setCurrentIndex(type->findData(measure.type));
    // A measure with a result keeps its type: the result belongs to it.
    type->setEnabled(m_list->isEditable() && RequestAmendment::mayChangeOrRemove(measure));
    table->setCellWidget(row, TypeColumn, type);
    auto* status = new QTableWidgetItem(Codes::measureStatuses().label(measure.status));
    status->setData(Qt::UserRole, measure.status);
    status->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    table->setItem(row, StatusColumn, status);
    auto* note = new QTableWidgetItem(measure.note);
    note->setFlags(m_list->isEditable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    table->setItem(row, NoteColumn, note);
    connect(type, &QComboBox::currentIndexChanged, this, [this]() { edited(); });
}

void MeasuresEditor::setRequest(const Request& request, bool editable)
{
    m_loading = true;
    m_stored = request.measures;
    m_offencesList->setCheckedKeys(request.offences);
    m_offencesList->setEditable(editable);
    m_list->setEditable(editable);
    QTableWidget* table = m_list->table();
    table->setRowCount(0);
    table->setRowCount(int(request.measures.size()));
    for (int row = 0; row < int(request.measures.size()); ++row) {
        addRow(row, request.measures[std::size_t(row)]);
    }
    table->resizeColumnsToContents();
    m_loading = false;
}

void MeasuresEditor::apply(Request* request) const
{
    request->offences = m_offencesList->checkedKeys();
    QTableWidget* table = m_list->table();
    request->measures.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        auto* type = qobject_cast<QComboBox*>(table->cellWidget(row, TypeColumn));
        Measure measure;
        measure.id = type->property("measureId").toLongLong();
        measure.type = type->currentData().toString();
        measure.status = table->item(row, StatusColumn)->data(Qt::UserRole).toString();
        measure.note
            = table->item(row, NoteColumn) ? table->item(row, NoteColumn)->text().trimmed() : QString();
        request->measures.push_back(measure);
    }
}

void MeasuresEditor::retranslateUi()
{
    m_offencesLabel->setText(tr("&Offences:"));
    m_measuresLabel->setText(tr("Measures asked for:"));
    m_list->table()->setHorizontalHeaderLabels({tr("Measure"), tr("Status"), tr("Note")});
    m_list->setButtonTexts(tr("Add a &measure"), tr("&Remove"));
    m_list->setNote(
        tr("A measure's status changes with the step “%1”.").arg(labelOf(Step::RecordMeasureResult)));
}

} // namespace Masar
