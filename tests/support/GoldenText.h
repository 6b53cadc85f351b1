#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Golden files of plain text documents (PrintDocument::text()): compared part
// by part, so that a failure names the part, or written again on request.
namespace Masar::Test {

// True when MASAR_UPDATE_GOLDEN=1: the tests write their golden files into
// the source tree instead of comparing (see tests/data/reports/README.md).
bool updatingGolden();

// One part of a document's text: "head" (what comes before the first
// section), a section's key, or "foot".
struct TextPart
{
    QString name;
    QStringList lines;
};

// Splits a document's text at its section headings ("[key] Heading"); the
// last `footLines` lines form the foot.
std::vector<TextPart> textParts(const QString& text, int footLines);

// Compares `actual` with the golden file at `path`, part by part, then
// whole; with updatingGolden(), writes `actual` there instead. Fails the
// current test with the part and the first line that differ: callers check
// QTest::currentTestFailed() after it.
void compareWithGolden(const QString& actual, const QString& path, int footLines);

} // namespace Masar::Test
