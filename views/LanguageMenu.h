#pragma once

#include <QMenu>

class QActionGroup;

namespace Masar {

// Switches the interface language at once: one entry per language, each
// named in its own language.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void markCurrent();

    QActionGroup* m_group;
};

} // namespace Masar
