#pragma once

#include "services/RequestFilter.h"
#include "services/User.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Masar {

class Clock;

// The filters above the list: direction, state or group of states, country,
// priority, assignee, "mine", the next deadline (overdue, or due within the
// at-risk window, as of the clock's today), and quick find (applied as the
// user pauses typing).
class RequestFilterBar : public QWidget
{
    Q_OBJECT

public:
    RequestFilterBar(const QString& currentUser, const Clock& clock, QWidget* parent = nullptr);

    void setUsers(const std::vector<User>& users);
    // The countries offered: those the register's requests name.
    void setCountries(const QStringList& codes);
    RequestFilter filter() const;
    // Shows the requests of a filter made elsewhere (a number of the
    // dashboard): the choices are set to it where they can show it; what
    // they cannot (a deadline range, a partner, nobody assigned, ...) stays
    // in force as one more condition, said in words beside them, until
    // cleared. Emits nothing: the caller reads filter().
    void setFilter(const RequestFilter& filter);
    // The filter as plain values, to remember it (QSettings), and back: its
    // conditions by the keys of RequestFilterFields, but "mine" and a
    // deadline choice kept as choices ("mine", "deadline"), so that they
    // mean the user and today when the filter is read again.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);
    QLineEdit* findEdit() const { return m_findEdit; }
    // The days of "due within": the at-risk window (DeadlineStatus::defaultAtRiskDays).
    void setAtRiskDays(int days);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sortCountries();
    // The conditions the choices say, without those setFilter() left aside.
    RequestFilter chosen() const;
    // The item of the state and deadline choices that shows a filter's
    // condition, or the empty one ("all").
    static QString stateChoice(const RequestFilter& filter);
    QString deadlineChoice(const RequestFilter& filter) const;
    // The choice that replaces a condition when the user makes it; none for
    // the conditions only setFilter() sets.
    QWidget* choiceFor(RequestFilterField field) const;
    // The conditions set aside that a choice just made replaces.
    void forgetMoreOf(QWidget* choice);
    // The words for the conditions the choices cannot show.
    QString describeMore() const;
    void setMore(const RequestFilter& more);

    QString m_currentUser;
    const Clock& m_clock;
    int m_atRiskDays;
    QLabel* m_filterLabel;
    QComboBox* m_directionCombo;
    QComboBox* m_stateCombo;
    QComboBox* m_countryCombo;
    QComboBox* m_priorityCombo;
    QComboBox* m_assigneeCombo;
    QComboBox* m_deadlineCombo;
    QCheckBox* m_mineCheckBox;
    QLineEdit* m_findEdit;
    QTimer* m_findTimer;
    RequestFilter m_more; // the conditions set by setFilter() that no choice shows
    QLabel* m_moreLabel;
    QToolButton* m_clearMoreButton;
};

} // namespace Masar
