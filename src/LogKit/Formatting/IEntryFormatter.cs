using LogKit.Core;

namespace LogKit.Formatting;

/// <summary>Formats one pipeline entry as UTF-8 bytes, on the logging thread.</summary>
internal interface IEntryFormatter
{
    void Format(Utf8Buffer output, ref LogEntry entry);
}
