#include "WelcomePage.h"

#include "demo/DemoData.h"
#include "domain/Workflow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masar {

WelcomePage::WelcomePage(const User& user, QWidget* parent)
    : QWidget(parent)
    , m_user(user)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_registerFirstButton(new QPushButton(this))
    , m_loadDemoButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_titleLabel->setObjectName(QStringLiteral("welcomeTitleLabel"));
    m_textLabel->setObjectName(QStringLiteral("welcomeTextLabel"));
    m_registerFirstButton->setObjectName(QStringLiteral("registerFirstButton"));
    m_loadDemoButton->setObjectName(QStringLiteral("loadDemoButton"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_textLabel->setWordWrap(true);
    m_textLabel->setFixedWidth(560);
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_registerFirstButton->setEnabled(Workflow::checkCreation(Direction::Incoming, user.role).ok());
    m_registerFirstButton->setDefault(true);
    m_loadDemoButton->setVisible(DemoData::mayLoad(user.role));

    auto* column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(m_titleLabel, 0, Qt::AlignHCenter);
    column->addWidget(m_textLabel);
    column->addSpacing(16);
    column->addWidget(m_registerFirstButton, 0, Qt::AlignHCenter);
    column->addWidget(m_loadDemoButton, 0, Qt::AlignHCenter);
    column->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addLayout(column);
    layout->addStretch();

    connect(m_registerFirstButton, &QPushButton::clicked, this, &WelcomePage::registerRequested);
    connect(m_loadDemoButton, &QPushButton::clicked, this, &WelcomePage::loadDemoRequested);
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_titleLabel->setText(tr("Welcome to Masar"));
    if (m_registerFirstButton->isEnabled()) {
        m_textLabel->setText(
            tr("The register is empty. Register the first request that has arrived; an administrator can "
               "also load a set of demonstration requests to show how Masar works."));
    } else if (m_user.role == Role::Administrator) {
        m_textLabel->setText(
            tr("The register is empty. Officers register requests; as %1 you add the people who work "
               "with Masar (Settings ▸ Users), or load a set of demonstration requests to see how Masar "
               "works.")
                .arg(labelOf(m_user.role)));
    } else {
        m_textLabel->setText(
            tr("The register is empty: there is nothing to read yet. Officers register requests as they "
               "arrive."));
    }
    m_registerFirstButton->setText(tr("&Register the first request"));
    m_loadDemoButton->setText(tr("Load &demonstration data"));
}

} // namespace Masar
