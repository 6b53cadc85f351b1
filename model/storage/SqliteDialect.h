#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>

namespace Masar {

// SQLite, the embedded default store: one file per register.
class SqliteDialect : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(Masar::SqliteDialect)

public:
    // PRAGMA application_id of a Masar database: "MASR".
    static constexpr int applicationId = 0x4D415352;
    static constexpr int busyTimeoutMs = 5000;

    QString driver() const override;
    QString beginWrite() const override;
    QString beginRead() const override;
    QString idColumnType() const override;
    QString blobType() const override;
    QString returningId() const override;
    Result<qint64> insertedId(QSqlQuery& query) const override;
    QStringList appendOnlyTable(const QString& table) const override;
    QString connectOptions(bool readOnly) const override;
    Result<Probe> probeFile(const QString& path) const override;
    Result<Probe> probe(QSqlDatabase& db) const override;
    Status checkIntegrity(QSqlDatabase& db, Check check) const override;
    Status configure(QSqlDatabase& db, bool readOnly) const override;
    QStringList stampVersion(int version) const override;
    QString referenceOrder(const QString& column) const override;
    QString unindexed(const QString& column) const override;
    QString daysBetween(const QString& from, const QString& to) const override;
    QString localDate(const QString& timestamp) const override;
    QStringList searchIndex() const override;
    QStringList rebuildSearchIndex() const override;
    QStringList upgradeSearchIndex() const override;
    QString pauseSearchIndex() const override;
    QStringList resumeSearchIndex() const override;
    QString searchCondition(const QString& text, QVariantList* values) const override;

private:
    Status useWriteAheadLog(QSqlDatabase& db) const;
};

} // namespace Masar
