#include "EscapingDevice.h"

namespace cn::cli
{

EscapingDevice::EscapingDevice(std::FILE *target) : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingDevice::writeData(const char *data, qint64 size)
{
    // The text arrives as UTF-8 from QTextStream: C1 controls are 0xC2 0x80..0x9F.
    QByteArray out;
    out.reserve(int(size));
    for (qint64 i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (m_afterC2) {
            m_afterC2 = false;
            if (c >= 0x80 && c <= 0x9F) {
                out += "\\u00" + QByteArray::number(c, 16).toUpper();
                continue;
            }
            out += char(0xC2);
        }
        if (c == 0xC2) {
            m_afterC2 = true;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        } else {
            out += char(c);
        }
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, std::size_t(out.size()), m_target) !=
                              std::size_t(out.size()))
        return -1;
    std::fflush(m_target);
    return size;
}

} // namespace cn::cli
