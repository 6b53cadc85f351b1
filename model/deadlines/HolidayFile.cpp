#include "HolidayFile.h"

#include "ICalendar.h"

#include <QDir>
#include <QFile>

namespace Masar {

Result<std::vector<Holiday>> HolidayFile::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    }
    if (file.size() > ICalendar::maxFileSize) {
        return Error::invalid(tr("“%1” is larger than a calendar file may be (%Ln bytes).", nullptr,
                                 int(ICalendar::maxFileSize))
                                  .arg(shown));
    }
    Result<std::vector<ImportedHoliday>> read = ICalendar::readHolidays(file.readAll());
    if (!read) {
        return read.error();
    }
    if (read->empty()) {
        return Error::invalid(tr("“%1” has no holiday.").arg(shown));
    }
    std::vector<Holiday> holidays;
    holidays.reserve(read->size());
    for (const ImportedHoliday& day : *read) {
        holidays.push_back({day.date, day.name, false});
    }
    return holidays;
}

} // namespace Masar
