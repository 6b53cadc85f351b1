#pragma once

#include "services/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Masar {

class Clock;
class Database;

// The people who use Masar: who they are and what role they have, and, for
// an administrator, a way to add someone. Each person starts Masar under
// their own login name, which is how Masar knows them.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent = nullptr);

signals:
    void usersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void addUser();
    void retranslateUi();

    Database& m_database;
    User m_actor;
    const Clock& m_clock;
    QTableWidget* m_table;
    QLabel* m_addLabel;
    QLineEdit* m_nameEdit;
    QLineEdit* m_displayNameEdit;
    QComboBox* m_roleCombo;
    QPushButton* m_addButton;
    QLabel* m_messageLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace Masar
