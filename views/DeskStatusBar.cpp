#include "DeskStatusBar.h"

#include "LanguageManager.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "storage/Database.h"

#include <QDir>
#include <QEvent>
#include <QLabel>

namespace Masar {

DeskStatusBar::DeskStatusBar(const Database& database, const User& user, const Clock& clock, QWidget* parent)
    : QStatusBar(parent)
    , m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_countLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_todayLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_progressLabel->setObjectName(QStringLiteral("deadlineProgressLabel"));
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    addWidget(m_countLabel, 1);
    addPermanentWidget(m_progressLabel);
    m_progressLabel->hide();
    addPermanentWidget(m_todayLabel);
    addPermanentWidget(m_userLabel);
    addPermanentWidget(m_databaseLabel);
    retranslateUi();
}

void DeskStatusBar::setCount(int shown, bool filtered, const std::optional<int>& total)
{
    m_shown = shown;
    m_filtered = filtered;
    m_total = total;
    showCount();
}

void DeskStatusBar::showCount()
{
    if (!m_filtered) {
        m_countLabel->setText(tr("%Ln request(s)", nullptr, m_shown));
        return;
    }
    //: %1 is "N requests shown", %2 the register's size as a number.
    m_countLabel->setText(
        m_total
            ? tr("%1 of %2").arg(tr("%Ln request(s) shown", nullptr, m_shown), QLocale().toString(*m_total))
            : tr("%Ln request(s) shown", nullptr, m_shown));
}

void DeskStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QStatusBar::changeEvent(event);
}

void DeskStatusBar::retranslateUi()
{
    showCount();
    m_todayLabel->setText(LanguageManager::instance().date(m_clock.today()));
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(LocaleText::isolated(m_user.name), labelOf(m_user.role)));
    m_databaseLabel->setText(tr("Database: %1 (schema %2)")
                                 .arg(LocaleText::isolated(QDir::toNativeSeparators(m_database.path())),
                                      QLocale().toString(m_database.schemaVersion())));
}

} // namespace Masar
