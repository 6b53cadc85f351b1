#include "LinksEditor.h"

#include "ListEditor.h"

#include <QComboBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

namespace {

enum Column { ReferenceColumn, KindColumn };

} // namespace

LinksEditor::LinksEditor(QWidget* parent)
    : RequestPart(parent)
    , m_list(new ListEditor(QStringLiteral("links"), 2, this))
{
    setObjectName(QStringLiteral("linksPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    m_list->setRowMaker([this](int row) {
        addRow(row, Link {QString(), Codes::linkKinds().keys().value(0)});
    });
    connect(m_list, &ListEditor::changed, this, [this]() { edited(); });
    retranslateUi();
}

void LinksEditor::addRow(int row, const Link& link)
{
    QTableWidget* table = m_list->table();
    auto* reference = new QTableWidgetItem(link.reference);
    reference->setFlags(m_list->isEditable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    table->setItem(row, ReferenceColumn, reference);
    auto* kind = new QComboBox(table);
    kind->setObjectName(QStringLiteral("linkKindCombo"));
    for (const CodeEntry& entry : Codes::linkKinds().entries()) {
        kind->addItem(Codes::linkKinds().label(QLatin1String(entry.key)), QLatin1String(entry.key));
    }
    kind->setCurrentIndex(kind->findData(link.kind));
    kind->setEnabled(m_list->isEditable());
    table->setCellWidget(row, KindColumn, kind);
    connect(kind, &QComboBox::currentIndexChanged, this, [this]() { edited(); });
}

void LinksEditor::setRequest(const Request& request, bool editable)
{
    m_loading = true;
    m_list->setEditable(editable);
    QTableWidget* table = m_list->table();
    table->setRowCount(0);
    table->setRowCount(int(request.links.size()));
    for (int row = 0; row < int(request.links.size()); ++row) {
        addRow(row, request.links[std::size_t(row)]);
    }
    table->resizeColumnsToContents();
    m_loading = false;
}

void LinksEditor::apply(Request* request) const
{
    QTableWidget* table = m_list->table();
    request->links.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        Link link;
        link.reference = table->item(row, ReferenceColumn)
            ? table->item(row, ReferenceColumn)->text().trimmed()
            : QString();
        link.kind = qobject_cast<QComboBox*>(table->cellWidget(row, KindColumn))->currentData().toString();
        request->links.push_back(link);
    }
}

void LinksEditor::retranslateUi()
{
    m_list->table()->setHorizontalHeaderLabels({tr("Request"), tr("Link")});
    m_list->setButtonTexts(tr("&Link a request"), tr("&Remove"));
    m_list->setNote(tr("Our reference of the other request, e.g. IN-2026-0042."));
}

} // namespace Masar
