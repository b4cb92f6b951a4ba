#include "io/DesignSaver.h"

#include "design/CableIds.h"
#include "io/SafeWrite.h"
#include "io/YamlAccess.h"

#include <yaml-cpp/yaml.h>

#include <charconv>

namespace cn {
namespace {

std::string number(double v)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

// Text that a YAML reader would take for a number, boolean or null is quoted, so other
// tools read the revision "7" as the text it is.
bool looksTyped(const std::string &value)
{
    static const char *const nulls[] = {"null", "Null", "NULL", "~"};
    for (const char *n : nulls)
        if (value == n)
            return true;
    return parseNumber(value).has_value() || parseBool(value).has_value() ||
           value == "y" || value == "n" || value == "Y" || value == "N";
}

// The emitter, and where each commented key or element landed: the comments are put back
// around those lines once the text is written.
// How long yaml-cpp writes `key` where it quotes the most: with quotes, escapes, and invalid
// UTF-8 turned into U+FFFD (three bytes for one).
std::size_t writtenLength(const std::string &key)
{
    YAML::Emitter probe;
    probe << YAML::Flow << YAML::BeginSeq << key << YAML::EndSeq;
    return probe.size();
}

class Writer
{
public:
    YAML::Emitter out;

    Writer() { out.SetIndent(2); }

    // Emits `name` as a key and notes its comments (and first those of `element`).
    void key(const char *name, const Comments &c, const Comment *element = nullptr)
    {
        out << YAML::Key << name;
        if (element)
            note(element);
        note(c.key(name));
    }
    void key(const std::string &name, const Comments &c) { key(name.c_str(), c); }

    void string(const char *name, const std::string &value, const Comments &c,
                const Comment *element = nullptr)
    {
        if (value.empty())
            return;
        key(name, c, element);
        out << YAML::Value;
        if (looksTyped(value))
            out << YAML::DoubleQuoted;
        out << value;
    }
    void list(const char *name, const std::vector<std::string> &items, const Comments &c)
    {
        key(name, c);
        out << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const auto &i : items)
            out << i;
        out << YAML::EndSeq;
    }
    void extras(const ExtraKeys &extras, const Comments &c)
    {
        for (const auto &e : extras) {
            // yaml-cpp writes a key of over 1024 bytes as an explicit key (? KEY) by itself, but
            // judges before quoting and escaping, which can take a shorter key past YAML's limit
            // of 1024 for a simple key: the file would not load. Those are made explicit here,
            // judged by what is written, so a second save judges the same. Not the longer ones:
            // yaml-cpp's explicit key and this one together leave the next keys explicit.
            if (e.key.size() <= 1024 && writtenLength(e.key) > 900)
                out << YAML::LongKey;
            key(e.key, c);
            out << YAML::Value;
            try {
                out << YAML::Load(e.yaml);
            } catch (const YAML::Exception &) {
                out << e.yaml;
            }
        }
    }

    std::string finish(const std::vector<CommentLine> &footer) const;

private:
    void note(const Comment *c)
    {
        if (!c || c->empty())
            return;
        const std::size_t size = out.size();
        const char *text = out.c_str();
        for (std::size_t i = m_counted; i < size; ++i)
            if (text[i] == '\n')
                ++m_line;
        m_counted = size;
        m_marks.emplace_back(m_line, c);
    }

    std::vector<std::pair<int, const Comment *>> m_marks; // line (0-based), comment
    std::size_t m_counted = 0;
    int m_line = 0;
};

int indentOf(const std::string &line)
{
    int n = 0;
    while (n < int(line.size()) && line[std::size_t(n)] == ' ')
        ++n;
    return n;
}

std::string Writer::finish(const std::vector<CommentLine> &footer) const
{
    std::vector<std::string> lines;
    {
        const std::string text = out.c_str();
        std::size_t from = 0;
        while (from < text.size()) {
            std::size_t nl = text.find('\n', from);
            if (nl == std::string::npos)
                nl = text.size();
            lines.push_back(text.substr(from, nl - from));
            from = nl + 1;
        }
    }
    std::string result;
    bool lastBlank = true; // no blank line at the top of the file
    int blockIndent = -1;  // the indent of a block scalar's header while its text runs
    auto put = [&](const std::vector<CommentLine> &before, int indent, bool afterBlock) {
        for (const CommentLine &l : before) {
            if (l.text.empty()) {
                if (!lastBlank)
                    result += '\n';
                lastBlank = true;
                continue;
            }
            // Deeper than the key after a block scalar would read as part of its text.
            int at = indent + l.indent;
            if (afterBlock && at > indent)
                at = indent;
            result += std::string(std::size_t(std::max(0, at)), ' ') + l.text + '\n';
            lastBlank = false;
        }
    };
    std::size_t m = 0;
    for (int i = 0; i < int(lines.size()); ++i) {
        std::string line = lines[std::size_t(i)];
        const int indent = indentOf(line);
        const bool inBlock = blockIndent >= 0 && (indent > blockIndent || line.empty());
        const bool afterBlock = blockIndent >= 0 && !inBlock;
        if (!inBlock)
            blockIndent = -1;
        std::string trailing;
        int gap = 2;
        for (; m < m_marks.size() && m_marks[m].first == i; ++m) {
            const Comment &c = *m_marks[m].second;
            put(c.before, indent, afterBlock);
            if (!c.trailing.empty()) {
                if (trailing.empty())
                    gap = c.trailingGap;
                trailing += (trailing.empty() ? "" : " ") + c.trailing;
            }
        }
        if (!trailing.empty())
            line += std::string(std::size_t(std::max(1, gap)), ' ') + trailing;
        result += line + '\n';
        lastBlank = line.empty();
        if (!inBlock) {
            const std::size_t bar = line.find_last_not_of(" ");
            const char last = bar == std::string::npos ? 0 : line[bar];
            const char beforeLast = bar != std::string::npos && bar > 0 ? line[bar - 1] : 0;
            if (last == '|' || ((last == '-' || last == '+') && beforeLast == '|'))
                blockIndent = indent;
        }
    }
    std::vector<CommentLine> tail = footer;
    while (!tail.empty() && tail.back().text.empty())
        tail.pop_back();
    put(tail, 0, blockIndent >= 0);
    return result;
}

void emitNetwork(Writer &w, const Network &n)
{
    YAML::Emitter &out = w.out;
    const Comments &c = n.comments;
    out << YAML::Flow << YAML::BeginMap;
    w.key("id", c, &c.self);
    out << YAML::Value << n.id;
    w.string("name", n.name, c);
    std::vector<std::string> roles;
    for (Role r : n.roles)
        roles.push_back(toString(r));
    w.list("roles", roles, c);
    if (n.vlan) {
        w.key("vlan", c);
        out << YAML::Value << *n.vlan;
    }
    w.string("subnet", n.subnet, c);
    if (n.clusterUse) {
        w.key("cluster_use", c);
        out << YAML::Value << toString(*n.clusterUse);
    }
    if (n.isolation) {
        w.key("isolation", c);
        out << YAML::Value << toString(*n.isolation);
    }
    if (n.loadGbps) {
        w.key("load_gbps", c);
        out << YAML::Value << number(*n.loadGbps);
    }
    w.string("color", n.color, c);
    w.extras(n.extras, c);
    out << YAML::EndMap;
}

void emitAdapter(Writer &w, const Adapter &a)
{
    YAML::Emitter &out = w.out;
    const Comments &c = a.comments;
    out << YAML::Flow << YAML::BeginMap;
    w.key("id", c, &c.self);
    out << YAML::Value << a.id;
    w.string("model", a.model, c);
    if (a.speedMbps) {
        w.key("speed", c);
        out << YAML::Value << speedToString(*a.speedMbps);
    }
    w.key("ports", c);
    out << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto &p : a.ports) {
        if (!p.speedMbps && p.extras.empty()) {
            out << p.id;
            continue;
        }
        out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << p.id;
        if (p.speedMbps)
            out << YAML::Key << "speed" << YAML::Value << speedToString(*p.speedMbps);
        w.extras(p.extras, Comments());
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    w.extras(a.extras, c);
    out << YAML::EndMap;
}

void emitTeam(Writer &w, const Team &t)
{
    YAML::Emitter &out = w.out;
    const Comments &c = t.comments;
    out << YAML::Flow << YAML::BeginMap;
    w.key("id", c, &c.self);
    out << YAML::Value << t.id;
    w.list("members", t.members, c);
    if (t.mode) {
        w.key("mode", c);
        out << YAML::Value << toString(*t.mode);
    }
    w.extras(t.extras, c);
    out << YAML::EndMap;
}

void emitBinding(Writer &w, const Binding &b)
{
    YAML::Emitter &out = w.out;
    const Comments &c = b.comments;
    out << YAML::Flow << YAML::BeginMap;
    w.key("via", c, &c.self);
    out << YAML::Value << b.via;
    w.list("networks", b.networks, c);
    w.extras(b.extras, c);
    out << YAML::EndMap;
}

void emitVm(Writer &w, const Vm &v)
{
    YAML::Emitter &out = w.out;
    const Comments &c = v.comments;
    out << YAML::Flow << YAML::BeginMap;
    w.key("name", c, &c.self);
    out << YAML::Value << v.name;
    w.key("memory_gb", c);
    out << YAML::Value << number(v.memoryGb);
    w.extras(v.extras, c);
    out << YAML::EndMap;
}

bool isSimpleDevice(const Device &d)
{
    return d.adapters.empty() && d.teams.empty() && d.bindings.empty() && d.vms.empty();
}

template <typename T, typename F>
void emitSequence(Writer &w, const char *key, const std::vector<T> &items, const Comments &c, F emitItem)
{
    if (items.empty())
        return;
    w.key(key, c);
    w.out << YAML::Value << YAML::BeginSeq;
    for (const auto &i : items)
        emitItem(w, i);
    w.out << YAML::EndSeq;
}

void emitDevice(Writer &w, const Device &d)
{
    YAML::Emitter &out = w.out;
    const Comments &c = d.comments;
    // Small devices (switches, plain storage) stay on one line, as people write them.
    if (isSimpleDevice(d))
        out << YAML::Flow;
    out << YAML::BeginMap;
    w.key("id", c, &c.self);
    out << YAML::Value << d.id;
    w.key("type", c);
    out << YAML::Value << toString(d.type);
    w.string("name", d.name, c);
    w.string("model", d.model, c);
    w.string("cluster", d.cluster, c);
    if (d.memoryGb) {
        w.key("memory_gb", c);
        out << YAML::Value << number(*d.memoryGb);
    }
    w.string("stack", d.stack, c);
    if (d.position) {
        w.key("position", c);
        out << YAML::Value << YAML::Flow << YAML::BeginSeq << number(d.position->x)
            << number(d.position->y) << YAML::EndSeq;
    }
    if (d.pinned) {
        w.key("pinned", c);
        out << YAML::Value << true;
    }
    emitSequence(w, "adapters", d.adapters, c, emitAdapter);
    emitSequence(w, "teams", d.teams, c, emitTeam);
    emitSequence(w, "bindings", d.bindings, c, emitBinding);
    emitSequence(w, "vms", d.vms, c, emitVm);
    w.extras(d.extras, c);
    out << YAML::EndMap;
}

void emitLink(Writer &w, const Link &l)
{
    YAML::Emitter &out = w.out;
    const Comments &c = l.comments;
    out << YAML::Flow << YAML::BeginMap;
    // The element's own comments go with its first key, whichever that is.
    w.string("id", l.id, c, &c.self);
    w.key("a", c, l.id.empty() ? &c.self : nullptr);
    out << YAML::Value << l.a;
    w.key("b", c);
    out << YAML::Value << l.b;
    if (l.speedMbps) {
        w.key("speed", c);
        out << YAML::Value << speedToString(*l.speedMbps);
    }
    if (l.networks)
        w.list("networks", *l.networks, c);
    if (l.kind != LinkKind::Cable) {
        w.key("kind", c);
        out << YAML::Value << toString(l.kind);
    }
    w.extras(l.extras, c);
    out << YAML::EndMap;
}

// Block form: a reason is a sentence or more, which a flow mapping would bury in one line.
void emitAcceptedRisk(Writer &w, const AcceptedRisk &r)
{
    YAML::Emitter &out = w.out;
    const Comments &c = r.comments;
    out << YAML::BeginMap;
    w.key("rule", c, &c.self);
    out << YAML::Value << r.rule;
    w.list("elements", r.elements, c);
    if (r.reason.find('\n') != std::string::npos) {
        w.key("reason", c);
        out << YAML::Value << YAML::Literal << r.reason;
    } else {
        w.string("reason", r.reason, c);
    }
    w.string("by", r.by, c);
    w.string("date", r.date, c);
    w.extras(r.extras, c);
    out << YAML::EndMap;
}

} // namespace

std::string saveDesignToString(const Design &design, const SaveOptions &options)
{
    const Design &d = options.assignCableIds ? withCableIds(design) : design;
    Writer w;
    YAML::Emitter &out = w.out;
    const Comments &top = d.comments;
    out << YAML::BeginMap;
    w.key("format", top);
    out << YAML::Value << "clusternet/1";
    if (d.templateHeader && options.withTemplateHeader) {
        const TemplateHeader &t = *d.templateHeader;
        w.key("template", top);
        out << YAML::Value << YAML::BeginMap;
        w.key("id", t.comments);
        out << YAML::Value << t.id;
        w.string("title", t.title, t.comments);
        w.string("description", t.description, t.comments);
        w.extras(t.extras, t.comments);
        out << YAML::EndMap;
    }
    if (d.hasTitleBlock) {
        const TitleBlock &t = d.title;
        w.key("design", top);
        out << YAML::Value << YAML::BeginMap;
        w.string("title", t.title, t.comments);
        w.string("author", t.author, t.comments);
        w.string("organisation", t.organisation, t.comments);
        w.string("revision", t.revision, t.comments);
        w.string("date", t.date, t.comments);
        if (t.notes.find('\n') != std::string::npos) {
            w.key("notes", t.comments);
            out << YAML::Value << YAML::Literal << t.notes;
        } else {
            w.string("notes", t.notes, t.comments);
        }
        w.extras(t.extras, t.comments);
        out << YAML::EndMap;
    }
    if (d.hasPolicy) {
        const Policy &p = d.policy;
        w.key("policy", top);
        out << YAML::Value << YAML::BeginMap;
        if (p.maxLiveMigrationS) {
            w.key("max_live_migration_s", p.comments);
            out << YAML::Value << number(*p.maxLiveMigrationS);
        }
        if (p.maxEvacuationS) {
            w.key("max_evacuation_s", p.comments);
            out << YAML::Value << number(*p.maxEvacuationS);
        }
        w.extras(p.extras, p.comments);
        out << YAML::EndMap;
    }
    emitSequence(w, "networks", d.networks, top, emitNetwork);
    emitSequence(w, "devices", d.devices, top, emitDevice);
    emitSequence(w, "links", d.links, top, emitLink);
    emitSequence(w, "accepted_risks", d.acceptedRisks, top, emitAcceptedRisk);
    out << YAML::EndMap;
    return w.finish(d.footer);
}

std::string saveDesignToFile(const Design &design, const std::string &path, const SaveOptions &options)
{
    return writeFileAtomically(path, saveDesignToString(design, options));
}

} // namespace cn
