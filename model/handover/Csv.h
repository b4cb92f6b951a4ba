#pragma once
// CSV as RFC 4180 writes it (and NetBox's bulk import reads it): a field with a comma, a quote
// or a line break is quoted, quotes doubled; rows end in CRLF-free '\n'.

#include <string>
#include <vector>

namespace cn
{

std::string csvField(const std::string &text);
std::string csvRow(const std::vector<std::string> &fields);

// The fields of each row of `text`, for tests and round trips: quoted fields may hold commas,
// doubled quotes and line breaks.
std::vector<std::vector<std::string>> parseCsv(const std::string &text);

} // namespace cn
