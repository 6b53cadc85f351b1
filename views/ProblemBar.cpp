#include "ProblemBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Masar {

ProblemBar::ProblemBar(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("problemBar"));
    m_iconLabel->setObjectName(QStringLiteral("problemBarIcon"));
    m_textLabel->setObjectName(QStringLiteral("problemBarText"));
    m_retryButton->setObjectName(QStringLiteral("problemBarRetryButton"));
    // Colour and an icon and words: never the colour alone.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#problemBar { background: #fdecea; border: 1px solid #b00020; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, &ProblemBar::retryRequested);
    retranslateUi();
    hide();
}

void ProblemBar::setProblem(const QString& problem)
{
    m_textLabel->setText(problem);
    setVisible(!problem.isEmpty());
}

QString ProblemBar::problem() const
{
    return isHidden() ? QString() : m_textLabel->text();
}

void ProblemBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void ProblemBar::retranslateUi()
{
    m_retryButton->setText(tr("Try again"));
}

} // namespace Masar
