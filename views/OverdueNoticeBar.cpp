#include "OverdueNoticeBar.h"

#include "LanguageManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace Masar {

OverdueNoticeBar::OverdueNoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_showButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("overdueNotice"));
    m_iconLabel->setObjectName(QStringLiteral("overdueNoticeIcon"));
    m_textLabel->setObjectName(QStringLiteral("overdueNoticeText"));
    m_showButton->setObjectName(QStringLiteral("overdueNoticeShowButton"));
    m_closeButton->setObjectName(QStringLiteral("overdueNoticeCloseButton"));
    // Colour and an icon and words: never the colour alone.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#overdueNotice { background: #fdecea; border: 1px solid #e0a39b; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_showButton);
    layout->addWidget(m_closeButton);
    connect(m_textLabel, &QLabel::linkActivated, this, &OverdueNoticeBar::referenceActivated);
    connect(m_showButton, &QPushButton::clicked, this, [this] { emit showAllRequested(m_news.filter); });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    retranslateUi();
    hide();
}

void OverdueNoticeBar::setNews(const OverdueNews& news)
{
    m_news = news;
    retranslateUi();
    setVisible(news.count > 0);
}

void OverdueNoticeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void OverdueNoticeBar::retranslateUi()
{
    m_showButton->setText(tr("Show them"));
    m_closeButton->setText(tr("Dismiss"));
    if (m_news.count == 0) {
        m_textLabel->clear();
        return;
    }
    QStringList links;
    for (const QString& reference : m_news.references) {
        // References are ours (IN-2026-0042): nothing to escape, but escaped all the same.
        links << QStringLiteral("<a href=\"%1\">%1</a>").arg(reference.toHtmlEscaped());
    }
    //: %Ln requests; %1 the day the user last looked; %2 the first references, as links.
    QString text = tr("%Ln request(s) became overdue since you last looked on %1: %2", nullptr, m_news.count)
                       .arg(LanguageManager::instance().date(m_news.since).toHtmlEscaped(),
                            QLocale().createSeparatedList(links));
    if (m_news.count > int(m_news.references.size())) {
        //: After the first few references of requests that became overdue.
        text += QLatin1Char(' ')
            + tr("and %Ln more.", nullptr, m_news.count - int(m_news.references.size())).toHtmlEscaped();
    }
    m_textLabel->setText(text);
}

} // namespace Masar
