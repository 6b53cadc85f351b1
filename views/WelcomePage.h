#pragma once

#include "services/User.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Masar {

// What the desk shows on a register with nothing in it yet: a welcome that
// says what the user can do from here, by role, with a button to register
// the first request and, for those who may, one to load demonstration data.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const User& user, QWidget* parent = nullptr);

signals:
    void registerRequested();
    void loadDemoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    User m_user;
    QLabel* m_titleLabel;
    QLabel* m_textLabel;
    QPushButton* m_registerFirstButton;
    QPushButton* m_loadDemoButton;
};

} // namespace Masar
