#include "PrintOrder.h"

namespace Masar {

namespace {

struct OutputKey
{
    PrintOrder::Output output;
    const char* key;
};

// The print log's format keys (PrintLog::formats()), by output.
constexpr OutputKey outputKeys[] = {
    {PrintOrder::Output::Printer, "printer"},
    {PrintOrder::Output::Pdf, "pdf"},
    {PrintOrder::Output::Html, "html"},
    {PrintOrder::Output::Csv, "csv"},
};

} // namespace

QString PrintOrder::formatKey(Output output)
{
    for (const OutputKey& entry : outputKeys) {
        if (entry.output == output) {
            return QLatin1String(entry.key);
        }
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<PrintOrder::Output> PrintOrder::outputOf(const QString& key)
{
    for (const OutputKey& entry : outputKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.output;
        }
    }
    return std::nullopt;
}

} // namespace Masar
