#include "JsonControlCharacters.h"

#include <cstring>

namespace Masar {

namespace {

// An object or array being read, and where in it the reader is. A key is
// kept as the bytes it was written as, and made text only for a path.
struct Frame
{
    bool object = false;
    bool expectsKey = false; // an object's next string is a key
    const char* key = nullptr; // an object's current member
    qsizetype keySize = 0;
    qsizetype index = 0; // an array's current element
};

std::vector<JsonControlCharacters::Segment> pathOf(const std::vector<Frame>& frames)
{
    std::vector<JsonControlCharacters::Segment> path;
    for (const Frame& frame : frames) {
        path.push_back(frame.object
                           ? JsonControlCharacters::Segment {QString::fromUtf8(frame.key, frame.keySize), -1}
                           : JsonControlCharacters::Segment {QString(), frame.index});
    }
    return path;
}

// Reads the string starting after its opening quote at `*p`, up to and past
// its closing quote; notes its first control character in `first`.
void readString(const char*& p, const char* end, int* line, JsonControlCharacters::Found* first, bool* found)
{
    while (p < end && *p != '"') {
        const unsigned char byte = static_cast<unsigned char>(*p);
        if (byte >= 0x20 && byte != '\\') {
            ++p;
            continue;
        }
        if (byte == '\\') {
            const bool nul = end - p >= 6 && std::memcmp(p + 1, "u0000", 5) == 0;
            if (nul && !*found) {
                *found = true;
                first->character = 0;
                first->escaped = true;
                first->line = *line;
            }
            p += 2; // the escape and the character it escapes
            continue;
        }
        if (!*found) {
            *found = true;
            first->character = char16_t(byte);
            first->line = *line;
        }
        if (byte == '\n') {
            ++*line;
        }
        ++p;
    }
    ++p; // the closing quote
}

} // namespace

std::vector<JsonControlCharacters::Found> JsonControlCharacters::find(const QByteArray& json)
{
    std::vector<Found> result;
    std::vector<Frame> frames;
    int line = 1;
    const char* p = json.constData();
    const char* const end = p + json.size();
    while (p < end) {
        switch (*p) {
        case '\n':
            ++line;
            ++p;
            break;
        case '{':
            frames.push_back({true, true, nullptr, 0, 0});
            ++p;
            break;
        case '[':
            frames.push_back({false, false, nullptr, 0, 0});
            ++p;
            break;
        case '}':
        case ']':
            if (!frames.empty()) {
                frames.pop_back();
            }
            ++p;
            break;
        case ',':
            if (!frames.empty()) {
                Frame& frame = frames.back();
                frame.expectsKey = frame.object;
                frame.index += frame.object ? 0 : 1;
            }
            ++p;
            break;
        case '"': {
            const char* start = ++p;
            Found found;
            bool has = false;
            readString(p, end, &line, &found, &has);
            const bool key = !frames.empty() && frames.back().object && frames.back().expectsKey;
            if (key) {
                frames.back().key = start;
                frames.back().keySize = p - 1 - start;
                frames.back().expectsKey = false;
            }
            if (has) {
                found.path = pathOf(frames);
                result.push_back(found);
            }
            break;
        }
        default:
            ++p;
            break;
        }
    }
    return result;
}

QString JsonControlCharacters::fieldName(const std::vector<Segment>& path, std::size_t first)
{
    QString name;
    for (std::size_t i = first; i < path.size(); ++i) {
        if (path[i].index >= 0) {
            name += QStringLiteral("[%1]").arg(path[i].index);
        } else {
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + path[i].key;
        }
    }
    return name;
}

} // namespace Masar
