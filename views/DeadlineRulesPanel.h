#pragma once

#include "services/DeadlineRuleTable.h"
#include "services/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Masar {

class Clock;
class Database;

// The periods of the deadlines, by kind and legal basis, whether Masar's
// defaults or set by an administrator, who may change one or put Masar's
// back. Each change is one transaction in the model (DeadlinePolicy);
// changed() follows it, for the deadlines to be computed again.
class DeadlineRulesPanel : public QWidget
{
    Q_OBJECT

public:
    DeadlineRulesPanel(Database& database, const User& actor, const Clock& clock, QWidget* parent = nullptr);

    // Selects the row of a rule; false when there is none.
    bool selectRule(DeadlineKind kind, const QString& legalBasis);
    void reload();

signals:
    void changed(const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    const DeadlineRuleRow* selectedRow() const;
    void updateButtons();
    void editRule();
    void resetRule();
    void retranslateUi();

    Database& m_database;
    User m_actor;
    const Clock& m_clock;
    std::vector<DeadlineRuleRow> m_rows;

    QLabel* m_introLabel;
    QTableWidget* m_table;
    QPushButton* m_editButton;
    QPushButton* m_resetButton;
};

} // namespace Masar
