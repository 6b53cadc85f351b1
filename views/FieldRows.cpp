#include "FieldRows.h"

#include "ObjectName.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace Masar {

namespace {

const char* const invalidProperty = "invalid";

} // namespace

FieldRows::FieldRows(QWidget* owner)
    : m_owner(owner)
{
    owner->setStyleSheet(owner->styleSheet()
                         + QStringLiteral("*[invalid=\"true\"] { border: 2px solid #b00020; }"
                                          "QLabel[problem=\"true\"] { color: #b00020; }"));
}

const FieldRows::Row& FieldRows::add(const QString& name, QWidget* editor)
{
    editor->setObjectName(ObjectName::of(QString(), name, QStringLiteral("Editor")));
    auto* label = new QLabel(m_owner);
    label->setObjectName(ObjectName::of(QString(), name, QStringLiteral("Label")));
    label->setBuddy(editor);
    auto* error = new QLabel(m_owner);
    error->setObjectName(ObjectName::of(QString(), name, QStringLiteral("Error")));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setProperty("problem", true);
    error->hide();
    m_order << name;
    return m_rows[name] = {label, editor, error};
}

void FieldRows::mark(QWidget* editor, bool invalid)
{
    editor->setProperty(invalidProperty, invalid);
    // The style sheet's property selector is applied again only on a new polish.
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
}

void FieldRows::clearProblems()
{
    for (auto& [name, row] : m_rows) {
        mark(row.editor, false);
        row.error->hide();
    }
}

std::vector<FieldProblem> FieldRows::showProblems(const std::vector<FieldProblem>& problems)
{
    clearProblems();
    std::vector<FieldProblem> elsewhere;
    std::map<QString, QStringList> byField;
    for (const FieldProblem& problem : problems) {
        if (contains(problem.field)) {
            byField[problem.field] << problem.message;
        } else {
            elsewhere.push_back(problem);
        }
    }
    QWidget* first = nullptr;
    for (const QString& name : m_order) {
        const auto it = byField.find(name);
        if (it == byField.end()) {
            continue;
        }
        const Row& row = m_rows.at(name);
        mark(row.editor, true);
        row.error->setText(it->second.join(QLatin1Char('\n')));
        row.error->show();
        if (!first) {
            first = row.editor;
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
    return elsewhere;
}

QStringList FieldRows::markedFields() const
{
    QStringList result;
    for (const QString& name : m_order) {
        if (m_rows.at(name).editor->property(invalidProperty).toBool()) {
            result << name;
        }
    }
    return result;
}

} // namespace Masar
