#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Masar {

// A table of rows the user adds to and removes from (persons, measures,
// links), with its Add and Remove buttons. The rows' cells are set up by
// whoever uses it; this keeps the buttons, the selection and the signal.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    // `name` is the start of the object names ("persons": personsTable, addPersonsButton, ...).
    ListEditor(const QString& name, int columns, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Called to fill a new row when the user presses Add.
    void setRowMaker(std::function<void(int row)> maker) { m_makeRow = std::move(maker); }
    // Whether a row may be removed (e.g. a measure with a result may not).
    void setRemovable(std::function<bool(int row)> removable) { m_removable = std::move(removable); }
    void setButtonTexts(const QString& add, const QString& remove);
    void setNote(const QString& note);

signals:
    void changed();

private:
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QLabel* m_noteLabel;
    bool m_editable = false;
    std::function<void(int)> m_makeRow;
    std::function<bool(int)> m_removable;
};

} // namespace Masar
