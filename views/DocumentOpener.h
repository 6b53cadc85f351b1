#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>

class QTemporaryDir;
class QWidget;

namespace Masar {

class Database;

// A stored document of a request, out of the register: opened in the
// program the system has for it, from a private folder (owner only) that
// goes with the window, or saved as a copy where the user chooses
// (through SavedFile: whole or not at all).
class DocumentOpener : public QObject
{
    Q_OBJECT

public:
    DocumentOpener(Database& database, QWidget* window);
    ~DocumentOpener() override;

    // Opens the document `name` of request `reference` in another program.
    void open(const QString& reference, const QString& name);
    // Asks where, then writes a copy of the document there.
    void saveCopy(const QString& reference, const QString& name);

signals:
    // What happened, for the status bar; `timeout` in milliseconds.
    void statusMessage(const QString& text, int timeout);

private:
    // The document's content, or nothing (said) when it cannot be read.
    std::optional<QByteArray> content(const QString& reference, const QString& name) const;
    // The private folder of opened documents, made when first needed; empty (said) when it cannot be.
    QString folder();
    bool write(const QString& path, const QByteArray& content) const;

    Database& m_database;
    QWidget* m_window;
    std::unique_ptr<QTemporaryDir> m_folder; // copies of documents opened in other programs
};

} // namespace Masar
