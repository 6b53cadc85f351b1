#pragma once

#include <QMessageBox>

namespace Masar {

// Every message box of Masar goes through here, so that a test can answer the
// next one in advance (setNextAnswer) and no modal dialog ever blocks it.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // The next message box returns this answer at once, without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last message box said (title and text), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace Masar
