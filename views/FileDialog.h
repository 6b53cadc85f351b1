#pragma once

#include <QString>

class QWidget;

namespace Masar {

// Every file chooser of Masar goes through here, so that a test can give the
// next answer in advance (setNextPath) and no modal dialog ever blocks it.
class FileDialog
{
public:
    // A file to read, of the kinds `filter` offers ("Images (*.png *.jpg)";
    // empty: any); an empty string when the user cancels.
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter = QString());
    // Where to write a file, starting from `suggested`; empty when cancelled.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggested);
    // The next chooser returns this path at once, without showing (an empty
    // path stands for "cancelled").
    static void setNextPath(const QString& path);
};

} // namespace Masar
