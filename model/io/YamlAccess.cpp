#include "io/YamlAccess.h"

#include <QCoreApplication>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace cn {
namespace {

class YamlAccess
{
    Q_DECLARE_TR_FUNCTIONS(YamlAccess)
public:
    static QString q(const std::string &s) { return QString::fromStdString(s); }
};

[[noreturn]] void fail(SourcePos pos, const QString &text)
{
    throw LoadFailure{pos, text.toStdString()};
}

} // namespace

SourcePos posOf(const YamlNode *node, SourcePos fallback)
{
    if (!node || !node->pos.known())
        return fallback;
    return node->pos;
}

std::string syntaxText(const std::string &yamlCppMessage)
{
    return YamlAccess::tr("YAML syntax: %1").arg(YamlAccess::q(yamlCppMessage)).toStdString();
}

std::string scalarOf(const YamlNode *node, const std::string &what, SourcePos fallback)
{
    if (!node || node->isNull())
        return {};
    if (!node->isScalar())
        fail(posOf(node, fallback), YamlAccess::tr("'%1' must be a single value").arg(YamlAccess::q(what)));
    return node->value;
}

std::optional<double> parseNumber(const std::string &text)
{
    if (text.empty())
        return std::nullopt;
    errno = 0;
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(const std::string &text)
{
    if (text == "true" || text == "True" || text == "TRUE" || text == "yes" || text == "on")
        return true;
    if (text == "false" || text == "False" || text == "FALSE" || text == "no" || text == "off")
        return false;
    return std::nullopt;
}

namespace {

void emitNode(YAML::Emitter &out, const YamlNode *node, int depth)
{
    if (!node || node->isNull() || depth > 64) {
        out << YAML::Null;
    } else if (node->isScalar()) {
        out << node->value;
    } else if (node->isSequence()) {
        out << YAML::BeginSeq;
        for (const YamlNode *i : node->items)
            emitNode(out, i, depth + 1);
        out << YAML::EndSeq;
    } else {
        out << YAML::BeginMap;
        for (const auto &[k, v] : node->entries) {
            out << YAML::Key;
            emitNode(out, k, depth + 1);
            out << YAML::Value;
            emitNode(out, v, depth + 1);
        }
        out << YAML::EndMap;
    }
}

} // namespace

std::string yamlText(const YamlNode *node)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Flow;
    emitNode(out, node, 0);
    return out.c_str();
}

MapReader::MapReader(const YamlNode *node, std::string what, SourcePos fallback)
    : m_what(std::move(what)), m_pos(posOf(node, fallback))
{
    if (!node || !node->isMap())
        fail(m_pos, YamlAccess::tr("%1 must be a mapping of keys to values").arg(YamlAccess::q(m_what)));
    for (const auto &[key, value] : node->entries) {
        if (!key->isScalar())
            fail(posOf(key, m_pos), YamlAccess::tr("a key must be a plain word"));
        const std::string &name = key->value;
        if (const Entry *prev = find(name))
            fail(posOf(key, m_pos), YamlAccess::tr("duplicate key '%1' (first at line %2)")
                                        .arg(YamlAccess::q(name))
                                        .arg(posOf(prev->keyNode, m_pos).line));
        m_entries.push_back({name, key, value});
    }
}

const MapReader::Entry *MapReader::find(const std::string &key) const
{
    for (const auto &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

bool MapReader::has(const std::string &key) const { return find(key) != nullptr; }

const YamlNode *MapReader::get(const std::string &key) const
{
    const Entry *e = find(key);
    return e ? e->value : nullptr;
}

const YamlNode *MapReader::keyNode(const std::string &key) const
{
    const Entry *e = find(key);
    return e ? e->keyNode : nullptr;
}

SourcePos MapReader::keyPos(const std::string &key) const
{
    const Entry *e = find(key);
    return e ? posOf(e->keyNode, m_pos) : m_pos;
}

SourcePos MapReader::valuePos(const std::string &key) const
{
    const Entry *e = find(key);
    return e ? posOf(e->value, posOf(e->keyNode, m_pos)) : m_pos;
}

std::string MapReader::requiredString(const std::string &key) const
{
    const Entry *e = find(key);
    if (!e)
        fail(m_pos, YamlAccess::tr("%1 is missing required key '%2'")
                        .arg(YamlAccess::q(m_what), YamlAccess::q(key)));
    const std::string v = scalarOf(e->value, key, valuePos(key));
    if (v.empty())
        fail(valuePos(key), YamlAccess::tr("'%1' must not be empty").arg(YamlAccess::q(key)));
    return v;
}

std::string MapReader::optionalString(const std::string &key) const
{
    const Entry *e = find(key);
    return e ? scalarOf(e->value, key, valuePos(key)) : std::string();
}

std::optional<double> MapReader::optionalNumber(const std::string &key, double min, double max) const
{
    const Entry *e = find(key);
    if (!e)
        return std::nullopt;
    const std::string text = e->value->isScalar() ? e->value->value : std::string();
    const auto v = parseNumber(text);
    if (!e->value->isScalar() || !v || *v < min || *v > max)
        fail(valuePos(key), YamlAccess::tr("'%1' must be a number from %2 to %3")
                                .arg(YamlAccess::q(key))
                                .arg(min, 0, 'g', 12)
                                .arg(max, 0, 'g', 12));
    return v;
}

std::optional<int> MapReader::optionalInt(const std::string &key, int min, int max,
                                          const std::string &rangeText) const
{
    const Entry *e = find(key);
    if (!e)
        return std::nullopt;
    const std::string text = e->value->isScalar() ? e->value->value : std::string();
    const auto v = parseNumber(text);
    if (!e->value->isScalar() || !v || std::floor(*v) != *v || *v < min || *v > max)
        fail(valuePos(key), YamlAccess::tr("%1 must be an integer from %2 to %3, not '%4'")
                                .arg(YamlAccess::q(rangeText))
                                .arg(min)
                                .arg(max)
                                .arg(YamlAccess::q(e->value->isScalar() ? text : yamlText(e->value))));
    return int(*v);
}

std::optional<bool> MapReader::optionalBool(const std::string &key) const
{
    const Entry *e = find(key);
    if (!e)
        return std::nullopt;
    const auto v = e->value->isScalar() ? parseBool(e->value->value) : std::nullopt;
    if (!v)
        fail(valuePos(key), YamlAccess::tr("'%1' must be true or false").arg(YamlAccess::q(key)));
    return v;
}

std::vector<const YamlNode *> MapReader::sequence(const std::string &key) const
{
    const Entry *e = find(key);
    if (!e || e->value->isNull())
        return {};
    if (!e->value->isSequence())
        fail(valuePos(key), YamlAccess::tr("'%1' must be a list").arg(YamlAccess::q(key)));
    return e->value->items;
}

std::vector<std::string> MapReader::stringList(const std::string &key,
                                               std::vector<SourcePos> *positions) const
{
    std::vector<std::string> out;
    const SourcePos listPos = valuePos(key);
    for (const YamlNode *item : sequence(key)) {
        if (!item->isScalar())
            fail(posOf(item, listPos),
                 YamlAccess::tr("each item of '%1' must be a single value").arg(YamlAccess::q(key)));
        out.push_back(item->value);
        if (positions)
            positions->push_back(posOf(item, listPos));
    }
    return out;
}

std::vector<std::pair<std::string, const YamlNode *>>
MapReader::unknownKeys(const std::set<std::string> &known) const
{
    std::vector<std::pair<std::string, const YamlNode *>> out;
    for (const auto &e : m_entries)
        if (!known.count(e.key))
            out.emplace_back(e.key, e.keyNode);
    return out;
}

ExtraKeys MapReader::extras(const std::set<std::string> &known,
                            const std::function<void(SourcePos, const std::string &)> &warn) const
{
    ExtraKeys out;
    for (const auto &e : m_entries) {
        if (known.count(e.key))
            continue;
        const SourcePos p = posOf(e.keyNode, m_pos);
        warn(p, YamlAccess::tr("unknown key '%1' in %2 (kept, but not used)")
                    .arg(YamlAccess::q(e.key), YamlAccess::q(m_what))
                    .toStdString());
        out.push_back({e.key, yamlText(e.value), p});
    }
    return out;
}

std::map<std::string, Comment> MapReader::keyComments(const YamlDocument &doc,
                                                      const std::set<std::string> &structured) const
{
    std::map<std::string, Comment> out;
    for (const auto &e : m_entries) {
        Comment c = doc.commentOf(e.keyNode);
        if (!structured.count(e.key)) {
            const auto inner = doc.commentsWithin(e.value, e.keyNode);
            c.before.insert(c.before.end(), inner.begin(), inner.end());
        }
        if (!c.empty())
            out[e.key] = std::move(c);
    }
    return out;
}

} // namespace cn
