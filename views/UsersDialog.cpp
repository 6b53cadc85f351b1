#include "UsersDialog.h"

#include "services/Users.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

UsersDialog::UsersDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
    , m_clock(clock)
    , m_table(new QTableWidget(0, 4, this))
    , m_addLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_displayNameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_addButton(new QPushButton(this))
    , m_messageLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("usersDialog"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_addLabel->setObjectName(QStringLiteral("addUserLabel"));
    m_nameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_displayNameEdit->setObjectName(QStringLiteral("userDisplayNameEdit"));
    m_roleCombo->setObjectName(QStringLiteral("userRoleCombo"));
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_messageLabel->setObjectName(QStringLiteral("usersMessageLabel"));
    m_buttonBox->setObjectName(QStringLiteral("usersButtonBox"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    for (Role role : allOf<Role>()) {
        m_roleCombo->addItem(QString(), keyOf(role));
    }
    m_addLabel->setBuddy(m_nameEdit);

    auto* add = new QHBoxLayout;
    add->addWidget(m_addLabel);
    add->addWidget(m_nameEdit, 1);
    add->addWidget(m_displayNameEdit, 2);
    add->addWidget(m_roleCombo);
    add->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(add);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttonBox);
    // Only an administrator adds users (the model says so too, and would refuse).
    const bool mayAdd = actor.role == Role::Administrator;
    for (QWidget* w : std::initializer_list<QWidget*> {m_addLabel, m_nameEdit, m_displayNameEdit, m_roleCombo,
                                                       m_addButton}) {
        w->setVisible(mayAdd);
    }
    connect(m_addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &UsersDialog::addUser);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(720, 420);
}

void UsersDialog::reload()
{
    Result<std::vector<User>> users = Users(m_database, m_clock).list();
    if (!users) {
        m_messageLabel->setText(users.error().message());
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < int(users->size()); ++row) {
        const User& u = (*users)[std::size_t(row)];
        const QStringList cells = {u.name, u.displayName, labelOf(u.role), u.active ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
}

void UsersDialog::addUser()
{
    const Role role = fromKey<Role>(m_roleCombo->currentData().toString()).value_or(Role::Officer);
    Result<User> added
        = Users(m_database, m_clock)
              .add(m_actor, m_nameEdit->text().trimmed(), role, m_displayNameEdit->text().trimmed());
    if (!added) {
        m_messageLabel->setText(added.error().fullText());
        m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("%1 was added as %2.").arg(added->name, labelOf(added->role)));
    m_nameEdit->clear();
    m_displayNameEdit->clear();
    reload();
    emit usersChanged();
}

void UsersDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void UsersDialog::retranslateUi()
{
    setWindowTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Login name"), tr("Full name"), tr("Role"), tr("Active")});
    m_addLabel->setText(tr("&Add:"));
    m_nameEdit->setPlaceholderText(tr("Login name"));
    m_displayNameEdit->setPlaceholderText(tr("Full name"));
    for (int i = 0; i < m_roleCombo->count(); ++i) {
        m_roleCombo->setItemText(
            i, labelOf(fromKey<Role>(m_roleCombo->itemData(i).toString()).value_or(Role::Officer)));
    }
    m_addButton->setText(tr("Add"));
    m_buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    reload();
}

} // namespace Masar
