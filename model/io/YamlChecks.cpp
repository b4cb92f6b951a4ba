#include "io/YamlChecks.h"

#include "design/Diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace cn {
namespace {

class YamlGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
public:
    static QString controlText(int code)
    {
        return tr("control character U+%1 is not allowed in a YAML file")
            .arg(QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
};

} // namespace

bool isUtf8Text(const std::string &text)
{
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (text.size() < 2)
        return true;
    const bool bom16 = (byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE);
    return !bom16 && byte(0) != 0 && byte(1) != 0;
}

void refuseControlCharacters(const std::string &text)
{
    if (!isUtf8Text(text))
        return;
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
            throw LoadFailure{{line, int(i - lineStart) + 1}, YamlGuard::controlText(c).toStdString()};
        }
    }
}

bool quotedScalarClosed(const std::string &t, std::size_t i)
{
    while (i < t.size() && (t[i] == '&' || t[i] == '!')) {
        i = t.find_first_of(" \t\r\n", i);
        i = i == std::string::npos ? i : t.find_first_not_of(" \t\r\n", i);
    }
    if (i >= t.size() || (t[i] != '"' && t[i] != '\''))
        return true;
    const char quote = t[i];
    for (std::size_t j = i + 1; j < t.size(); ++j) {
        if (quote == '"' && t[j] == '\\')
            ++j; // an escape: the next character is never the end
        else if (quote == '\'' && t[j] == '\'' && j + 1 < t.size() && t[j + 1] == '\'')
            ++j; // '' is a quote inside single quotes
        else if (t[j] == quote)
            return true;
    }
    return false;
}

SourcePos insideText(const std::string &text, SourcePos pos)
{
    std::size_t lineStart = 0;
    int line = 1;
    for (; line < pos.line; ++line) {
        const std::size_t end = text.find('\n', lineStart);
        if (end == std::string::npos)
            break;
        lineStart = end + 1;
    }
    const std::size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
    const int lastColumn = int(lineEnd - lineStart) + 1;
    if (line < pos.line)
        return {line, lastColumn};
    return {line, std::min(pos.column, lastColumn)};
}

} // namespace cn
