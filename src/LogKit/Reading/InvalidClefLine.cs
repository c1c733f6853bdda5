namespace LogKit;

/// <summary>A line of a CLEF file that is not a whole, valid event.</summary>
/// <param name="Path">The file.</param>
/// <param name="LineNumber">The line's number, from 1.</param>
/// <param name="Text">The line as read.</param>
/// <param name="IsTorn">
/// True when the line is the valid beginning of an event cut short: what a process killed in the
/// middle of a write leaves, as the last line of the file, or followed by the events a restarted
/// process appended after it. A torn line is not corruption of the file.
/// </param>
/// <param name="Reason">Why the line was not read as an event.</param>
public sealed record InvalidClefLine(string Path, long LineNumber, string Text, bool IsTorn, string Reason);
