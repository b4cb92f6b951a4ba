#include "inventory/JsonPlace.h"

namespace cn
{
namespace
{

// Just enough of a JSON scanner to step over values; the text was already parsed by
// QJsonDocument, so it is well formed.
class Scanner
{
public:
    explicit Scanner(const QByteArray &t) : m_t(t) {}

    int pos() const { return m_p; }
    void ws()
    {
        while (m_p < m_t.size() &&
               (m_t[m_p] == ' ' || m_t[m_p] == '\n' || m_t[m_p] == '\r' || m_t[m_p] == '\t'))
            ++m_p;
    }
    bool at(char c)
    {
        ws();
        return m_p < m_t.size() && m_t[m_p] == c;
    }
    bool take(char c)
    {
        if (!at(c))
            return false;
        ++m_p;
        return true;
    }
    bool string(QString *out)
    {
        if (!take('"'))
            return false;
        QByteArray raw;
        while (m_p < m_t.size() && m_t[m_p] != '"') {
            if (m_t[m_p] == '\\' && m_p + 1 < m_t.size()) {
                const char e = m_t[m_p + 1];
                if (e == 'u' && m_p + 5 < m_t.size()) {
                    bool ok = false;
                    const ushort code = m_t.mid(m_p + 2, 4).toUShort(&ok, 16);
                    raw += QString(QChar(ok ? code : u'?')).toUtf8();
                    m_p += 6;
                    continue;
                }
                raw += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                m_p += 2;
                continue;
            }
            raw += m_t[m_p++];
        }
        ++m_p;
        if (out)
            *out = QString::fromUtf8(raw);
        return true;
    }
    void skipValue()
    {
        ws();
        if (m_p >= m_t.size())
            return;
        const char c = m_t[m_p];
        if (c == '"') {
            string(nullptr);
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (take(close))
                return;
            do {
                if (c == '{') {
                    string(nullptr);
                    take(':');
                }
                skipValue();
            } while (take(','));
            take(close);
        } else {
            while (m_p < m_t.size() && m_t[m_p] != ',' && m_t[m_p] != '}' && m_t[m_p] != ']' &&
                   m_t[m_p] != ' ' && m_t[m_p] != '\n' && m_t[m_p] != '\r' && m_t[m_p] != '\t')
                ++m_p;
        }
    }
    // Moves to the value of member `key` of the object here.
    bool member(const QString &key)
    {
        if (!take('{'))
            return false;
        if (at('}'))
            return false;
        do {
            QString name;
            if (!string(&name) || !take(':'))
                return false;
            ws();
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return true;
            skipValue();
        } while (take(','));
        return false;
    }
    bool element(int index)
    {
        if (!take('['))
            return false;
        if (at(']'))
            return false;
        for (int i = 0;; ++i) {
            ws();
            if (i == index)
                return true;
            skipValue();
            if (!take(','))
                return false;
        }
    }

private:
    const QByteArray &m_t;
    int m_p = 0;
};

} // namespace

SourcePos placeOfOffset(const QByteArray &utf8, int offset)
{
    SourcePos pos{1, 1};
    for (int i = 0; i < offset && i < utf8.size(); ++i) {
        if (utf8[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            ++pos.column; // count characters, not the continuation bytes of UTF-8
        }
    }
    return pos;
}

SourcePos placeOf(const QByteArray &utf8, const JsonPath &path)
{
    Scanner s(utf8);
    s.ws();
    for (const JsonStep &step : path) {
        const bool found = step.index >= 0 ? s.element(step.index) : s.member(step.key);
        if (!found)
            return {};
    }
    s.ws();
    return placeOfOffset(utf8, s.pos());
}

QString pathText(const JsonPath &path)
{
    QString out;
    for (const JsonStep &step : path) {
        if (step.index >= 0)
            out += QStringLiteral("[%1]").arg(step.index);
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return out;
}

} // namespace cn
