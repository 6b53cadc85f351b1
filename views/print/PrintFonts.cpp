#include "PrintFonts.h"

#include <QDir>
#include <QFontDatabase>
#include <QMutex>

namespace Masar {

namespace {

const char* const latinFamily = "Noto Serif";
const char* const arabicFamily = "Noto Naskh Arabic";

bool hasFamily(const char* family)
{
    return QFontDatabase::hasFamily(QString::fromLatin1(family));
}

void loadFrom(const QString& folder)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList(
        {QStringLiteral("NotoSerif-Regular.ttf"), QStringLiteral("NotoSerif-Bold.ttf"),
         QStringLiteral("NotoNaskhArabic-Regular.ttf"), QStringLiteral("NotoNaskhArabic-Bold.ttf")},
        QDir::Files);
    for (const QString& file : files) {
        QFontDatabase::addApplicationFont(dir.filePath(file));
    }
}

} // namespace

QStringList PrintFonts::families()
{
    return {QString::fromLatin1(latinFamily), QString::fromLatin1(arabicFamily)};
}

Status PrintFonts::ensure()
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    if (hasFamily(latinFamily) && hasFamily(arabicFamily)) {
        return Status();
    }
    for (const QString& folder : {QStringLiteral("/usr/share/fonts/truetype/noto"),
                                  QStringLiteral("/usr/local/share/fonts/truetype/noto")}) {
        loadFrom(folder);
    }
    if (hasFamily(latinFamily) && hasFamily(arabicFamily)) {
        return Status();
    }
    //: %1 and %2 are font names, %3 a Debian package.
    return Error::storage(tr("The fonts of printed documents, %1 and %2, are not installed: install the "
                             "package %3.")
                              .arg(QString::fromLatin1(latinFamily), QString::fromLatin1(arabicFamily),
                                   QStringLiteral("fonts-noto-core")));
}

QFont PrintFonts::font(qreal pointSize, bool bold)
{
    QFont font(QString::fromLatin1(latinFamily));
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace Masar
