#include "PersonsEditor.h"

#include "ListEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Masar {

namespace {

enum Column { NameColumn, RoleColumn, NationalityColumn, BirthColumn };

// The earliest date of birth, which the date editor shows as "unknown".
const QDate unknownBirth(1900, 1, 1);

} // namespace

PersonsEditor::PersonsEditor(QWidget* parent)
    : RequestPart(parent)
    , m_list(new ListEditor(QStringLiteral("persons"), 4, this))
{
    setObjectName(QStringLiteral("personsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    m_list->setRowMaker([this](int row) {
        addRow(row, Person {QString(), QStringLiteral("suspect"), QString(), QDate()});
    });
    connect(m_list, &ListEditor::changed, this, [this]() { edited(); });
    retranslateUi();
}

void PersonsEditor::addRow(int row, const Person& person)
{
    QTableWidget* table = m_list->table();
    auto* name = new QTableWidgetItem(person.name);
    table->setItem(row, NameColumn, name);

    auto* role = new QComboBox(table);
    role->setObjectName(QStringLiteral("personRoleCombo"));
    for (const CodeEntry& entry : Codes::personRoles().entries()) {
        role->addItem(Codes::personRoles().label(QLatin1String(entry.key)), QLatin1String(entry.key));
    }
    role->setCurrentIndex(role->findData(person.role));
    table->setCellWidget(row, RoleColumn, role);

    auto* nationality = new QComboBox(table);
    nationality->setObjectName(QStringLiteral("personNationalityCombo"));
    nationality->addItem(tr("Unknown"), QString());
    for (const QString& code : Codes::byCountryName(Codes::countries())) {
        nationality->addItem(Codes::countryName(code), code);
    }
    nationality->setCurrentIndex(std::max(0, nationality->findData(person.nationality)));
    table->setCellWidget(row, NationalityColumn, nationality);

    auto* born = new QDateEdit(table);
    born->setObjectName(QStringLiteral("personBirthDateEdit"));
    born->setMinimumDate(unknownBirth);
    born->setSpecialValueText(tr("Unknown"));
    born->setCalendarPopup(true);
    born->setDate(person.birthDate.isValid() ? person.birthDate : unknownBirth);
    table->setCellWidget(row, BirthColumn, born);

    const bool editable = m_list->isEditable();
    name->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                            : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (QWidget* w : std::initializer_list<QWidget*> {role, nationality, born}) {
        w->setEnabled(editable);
    }
    auto notify = [this]() {
        edited();
    };
    connect(role, &QComboBox::currentIndexChanged, this, notify);
    connect(nationality, &QComboBox::currentIndexChanged, this, notify);
    connect(born, &QDateEdit::dateChanged, this, notify);
}

void PersonsEditor::setRequest(const Request& request, bool editable)
{
    m_loading = true;
    m_list->setEditable(editable);
    QTableWidget* table = m_list->table();
    table->setRowCount(0);
    table->setRowCount(int(request.persons.size()));
    for (int row = 0; row < int(request.persons.size()); ++row) {
        addRow(row, request.persons[std::size_t(row)]);
    }
    table->resizeColumnsToContents();
    m_loading = false;
}

void PersonsEditor::apply(Request* request) const
{
    QTableWidget* table = m_list->table();
    request->persons.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        Person person;
        person.name
            = table->item(row, NameColumn) ? table->item(row, NameColumn)->text().trimmed() : QString();
        person.role = qobject_cast<QComboBox*>(table->cellWidget(row, RoleColumn))->currentData().toString();
        person.nationality
            = qobject_cast<QComboBox*>(table->cellWidget(row, NationalityColumn))->currentData().toString();
        const QDate born = qobject_cast<QDateEdit*>(table->cellWidget(row, BirthColumn))->date();
        person.birthDate = born == unknownBirth ? QDate() : born;
        request->persons.push_back(person);
    }
}

void PersonsEditor::retranslateUi()
{
    m_list->table()->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Nationality"), tr("Born")});
    m_list->setButtonTexts(tr("&Add a person"), tr("&Remove"));
    m_list->setNote(tr("Name only the persons the request needs, each with their role."));
}

} // namespace Masar
