#pragma once

#include "domain/RequestValidator.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

class QLabel;
class QWidget;

namespace Masar {

// The fields of a form, named as the JSON format names them ("summary",
// "requesting_country"), each with its label and a line under it for its
// problems, as RequestValidator or RequestAmendment word them. A field with
// a problem is framed in red as well, so that colour is never the only sign.
class FieldRows
{
public:
    struct Row
    {
        QLabel* label;
        QWidget* editor;
        QLabel* error;
    };

    // `owner` holds the labels; its style sheet gets the red frame.
    explicit FieldRows(QWidget* owner);

    // Names the editor (summary → summaryEditor) and makes its label
    // (summaryLabel) and problem line (summaryError).
    const Row& add(const QString& name, QWidget* editor);
    const Row& row(const QString& name) const { return m_rows.at(name); }
    bool contains(const QString& name) const { return m_rows.count(name) != 0; }
    const QStringList& names() const { return m_order; }

    void clearProblems();
    // Shows each problem on its field, focuses the first, and returns the
    // problems that belong to no field here.
    std::vector<FieldProblem> showProblems(const std::vector<FieldProblem>& problems);
    // The fields marked, in form order.
    QStringList markedFields() const;

private:
    static void mark(QWidget* editor, bool invalid);

    QWidget* m_owner;
    std::map<QString, Row> m_rows;
    QStringList m_order;
};

} // namespace Masar
