#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace Masar {

namespace {

std::optional<QString> nextPath;

std::optional<QString> takeNext()
{
    std::optional<QString> path = nextPath;
    nextPath.reset();
    return path;
}

} // namespace

QString FileDialog::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    if (std::optional<QString> path = takeNext()) {
        return *path;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFile(QWidget* parent, const QString& caption, const QString& suggested)
{
    if (std::optional<QString> path = takeNext()) {
        return *path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested);
}

void FileDialog::setNextPath(const QString& path)
{
    nextPath = path;
}

} // namespace Masar
