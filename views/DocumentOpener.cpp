#include "DocumentOpener.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "core/LocaleText.h"
#include "io/SavedFile.h"
#include "services/RequestReader.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace Masar {

DocumentOpener::DocumentOpener(Database& database, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    setObjectName(QStringLiteral("documentOpener"));
}

DocumentOpener::~DocumentOpener() = default;

void DocumentOpener::open(const QString& reference, const QString& name)
{
    const std::optional<QByteArray> bytes = content(reference, name);
    if (!bytes) {
        return;
    }
    const QString into = folder();
    if (into.isEmpty()) {
        return;
    }
    const QString path = QDir(into).filePath(QFileInfo(name).fileName());
    if (write(path, *bytes)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void DocumentOpener::saveCopy(const QString& reference, const QString& name)
{
    const std::optional<QByteArray> bytes = content(reference, name);
    if (!bytes) {
        return;
    }
    const QString path = FileDialog::saveFile(m_window, tr("Save a copy of %1").arg(name), name);
    if (path.isEmpty()) {
        return;
    }
    if (write(path, *bytes)) {
        emit statusMessage(tr("Saved a copy as %1.").arg(LocaleText::isolated(path)), 8000);
    }
}

std::optional<QByteArray> DocumentOpener::content(const QString& reference, const QString& name) const
{
    Result<QByteArray> content = RequestReader(m_database).documentContent(reference, name);
    if (!content) {
        MessageBox::warning(m_window, tr("Document"), content.error().message());
        return std::nullopt;
    }
    return content.take();
}

QString DocumentOpener::folder()
{
    // A private folder (owner only) of this window, removed with it: the
    // register's documents are not left lying about in the temporary folder.
    if (!m_folder) {
        m_folder = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("masar-XXXXXX")));
    }
    if (!m_folder->isValid()) {
        MessageBox::warning(m_window, tr("Document"), m_folder->errorString());
        m_folder.reset();
        return QString();
    }
    return m_folder->path();
}

bool DocumentOpener::write(const QString& path, const QByteArray& content) const
{
    if (Status written = SavedFile::write(path, content); !written.ok()) {
        MessageBox::warning(m_window, tr("Document"), written.message());
        return false;
    }
    return true;
}

} // namespace Masar
