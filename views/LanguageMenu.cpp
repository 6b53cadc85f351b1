#include "LanguageMenu.h"

#include "LanguageManager.h"
#include "ObjectName.h"
#include "core/Translations.h"

#include <QActionGroup>
#include <QEvent>

namespace Masar {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString& code : Translations::languages()) {
        QAction* action = addAction(LanguageManager::nativeName(code));
        action->setObjectName(ObjectName::of(QStringLiteral("language"), code, QStringLiteral("Action")));
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [code] { LanguageManager::instance().setLanguage(code); });
    }
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    markCurrent();
}

void LanguageMenu::markCurrent()
{
    for (QAction* action : m_group->actions()) {
        action->setChecked(action->data().toString() == LanguageManager::instance().language());
    }
}

} // namespace Masar
