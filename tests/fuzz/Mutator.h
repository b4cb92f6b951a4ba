#pragma once
// Seeded mutations of design files for the loader fuzz test: the same seed gives the same
// mutants on every machine (std::mt19937_64 is fully specified; no std distributions).

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace cn::fuzz {

class Mutator
{
public:
    Mutator(std::uint64_t seed, std::vector<std::string> corpus);

    // A mutant of corpus[index]: one to four stacked mutations (half of them one), named in `log`.
    std::string mutate(std::size_t index, std::string &log);

private:
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(m_rng() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    const std::string &pick(const std::vector<std::string> &from)
    {
        return from[below(from.size())];
    }

    // Each mutates `s` in place and returns its name for the log.
    std::string flipBit(std::string &s);
    std::string setByte(std::string &s);
    std::string insertBytes(std::string &s);
    std::string eraseBytes(std::string &s);
    std::string insertToken(std::string &s);
    std::string duplicateLine(std::string &s);
    std::string deleteLine(std::string &s);
    std::string swapLines(std::string &s);
    std::string spliceLines(std::string &s);
    std::string crossOver(std::string &s);
    std::string longLine(std::string &s);
    std::string deepNesting(std::string &s);
    std::string reindent(std::string &s);
    std::string replaceValue(std::string &s);
    std::string truncate(std::string &s);
    std::string anchorAndAlias(std::string &s);
    std::string repeatLines(std::string &s);

    std::mt19937_64 m_rng;
    std::vector<std::string> m_corpus;
};

} // namespace cn::fuzz
