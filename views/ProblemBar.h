#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Masar {

// A bar at the top of the desk that says what could not be done (the
// register could not be read, its users could not be read) until it is
// done, with a button to try again: a failure is never shown as an empty
// list or an empty register.
class ProblemBar : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBar(QWidget* parent = nullptr);

    // Shows the problem (already translated, with what to do), or hides the bar when empty.
    void setProblem(const QString& problem);
    QString problem() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    QPushButton* m_retryButton;
};

} // namespace Masar
