#pragma once

#include <QListWidget>

namespace Masar {

class CodeList;

// A list of the codes of one code list, each with a check box, shown by its
// label in the current language: legal bases, offences, refusal grounds.
class CodeListWidget : public QListWidget
{
    Q_OBJECT

public:
    CodeListWidget(const CodeList& codes, QWidget* parent = nullptr);

    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList& keys);
    // Read-only shows the choices without letting them change.
    void setEditable(bool editable);
    // High enough for `rows` items.
    void showRows(int rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void relabel();

    const CodeList& m_codes;
};

} // namespace Masar
