#pragma once

#include "domain/Codes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Masar {

struct Transition;

// The workflow table written out for people: a Graphviz graph of the states
// and a plain-text table of the steps. Both read Workflow::table() and
// nothing else; docs/ holds them rendered.
class WorkflowDocument
{
    Q_DECLARE_TR_FUNCTIONS(Masar::WorkflowDocument)

public:
    // Both directions when none is given.
    static QString dot(std::optional<Direction> direction = std::nullopt);
    static QString text(std::optional<Direction> direction = std::nullopt);

    // "S" (supervisor only) and "R" (reason required) marks of a row.
    static QString marks(const Transition& row);

private:
    // The graph's parts: a direction's states, a row's edges, the edges of a step that goes back.
    static QString dotStates(Direction direction);
    static QString dotEdges(const Transition& row, Direction direction);
    static QString dotBackEdges(const Transition& row, Direction direction, const QString& source);
    // A step's name on its edges, with its marks and the dispositions it closes with.
    static QString edgeLabel(const Transition& row);
};

} // namespace Masar
