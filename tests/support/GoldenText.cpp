#include "GoldenText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace Masar::Test {

bool updatingGolden()
{
    return qEnvironmentVariable("MASAR_UPDATE_GOLDEN") == QLatin1String("1");
}

std::vector<TextPart> textParts(const QString& text, int footLines)
{
    static const QRegularExpression heading(QStringLiteral("^\\[([a-z0-9-]+)\\]( |$)"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    const int foot = std::min(footLines, int(lines.size()));
    std::vector<TextPart> parts {{QStringLiteral("head"), {}}};
    for (int i = 0; i < lines.size() - foot; ++i) {
        const QRegularExpressionMatch match = heading.match(lines.at(i));
        if (match.hasMatch()) {
            parts.push_back({match.captured(1), {}});
        }
        parts.back().lines << lines.at(i);
    }
    parts.push_back({QStringLiteral("foot"), lines.mid(lines.size() - foot)});
    return parts;
}

void compareWithGolden(const QString& actual, const QString& path, int footLines)
{
    if (updatingGolden()) {
        QVERIFY2(QDir().mkpath(QFileInfo(path).absolutePath()), qPrintable(path));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
        QCOMPARE(file.write(actual.toUtf8()), actual.toUtf8().size());
        qInfo("wrote %s", qPrintable(QDir::toNativeSeparators(path)));
        return;
    }
    QFile file(path);
    QVERIFY2(
        file.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("%1: %2 (MASAR_UPDATE_GOLDEN=1 writes it)").arg(path, file.errorString())));
    const QString expected = QString::fromUtf8(file.readAll());

    const std::vector<TextPart> want = textParts(expected, footLines);
    const std::vector<TextPart> got = textParts(actual, footLines);
    QStringList wantNames;
    QStringList gotNames;
    for (const TextPart& part : want) {
        wantNames << part.name;
    }
    for (const TextPart& part : got) {
        gotNames << part.name;
    }
    QCOMPARE(gotNames.join(QLatin1Char(' ')), wantNames.join(QLatin1Char(' ')));
    for (std::size_t i = 0; i < want.size(); ++i) {
        const QStringList& a = got[i].lines;
        const QStringList& e = want[i].lines;
        for (int line = 0; line < std::max(a.size(), e.size()); ++line) {
            const QString gotLine = line < a.size() ? a.at(line) : QStringLiteral("(nothing)");
            const QString wantLine = line < e.size() ? e.at(line) : QStringLiteral("(nothing)");
            QVERIFY2(gotLine == wantLine,
                     qPrintable(QStringLiteral("%1: part “%2” differs at its line %3:\n  expected: %4\n  "
                                               "actual:   %5\n(MASAR_UPDATE_GOLDEN=1 writes the file again)")
                                    .arg(QFileInfo(path).fileName(), want[i].name)
                                    .arg(line + 1)
                                    .arg(wantLine, gotLine)));
        }
    }
    QCOMPARE(actual, expected);
}

} // namespace Masar::Test
