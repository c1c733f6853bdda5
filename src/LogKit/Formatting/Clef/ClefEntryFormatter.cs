using LogKit.Core;

namespace LogKit.Formatting.Clef;

/// <summary>CLEF straight from the entry (see <see cref="ClefWriter"/>).</summary>
internal sealed class ClefEntryFormatter : IEntryFormatter
{
    public static readonly ClefEntryFormatter Instance = new();

    public void Format(Utf8Buffer output, ref LogEntry entry) => ClefWriter.Write(output, ref entry);
}
