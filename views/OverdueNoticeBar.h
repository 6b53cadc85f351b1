#pragma once

#include "services/OverdueNotice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Masar {

// The short notice at the top of the desk, on start: what became overdue
// since the user last looked, the first requests by reference (each a link
// that selects it) and a button that lists them all.
class OverdueNoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit OverdueNoticeBar(QWidget* parent = nullptr);

    // Shows the news, or hides the bar when there is none.
    void setNews(const OverdueNews& news);
    const OverdueNews& news() const { return m_news; }

signals:
    void referenceActivated(const QString& reference);
    void showAllRequested(const RequestFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    OverdueNews m_news;
    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    QPushButton* m_showButton;
    QPushButton* m_closeButton;
};

} // namespace Masar
