#pragma once
// Standard output and error of the command line: every control character but newline and tab
// is written as an escape (\x1B), so no file name, name or message from a file can send
// escape sequences to the terminal.

#include <QIODevice>

#include <cstdio>

namespace cn::cli
{

class EscapingDevice : public QIODevice
{
public:
    explicit EscapingDevice(std::FILE *target);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_target;
    bool m_afterC2 = false; // a UTF-8 lead byte 0xC2 seen at the end of the last write
};

} // namespace cn::cli
