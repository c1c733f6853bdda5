namespace LogKit.Operations;

/// <summary>How a timed operation ended: the <c>Outcome</c> property and the <c>outcome</c> metric tag.</summary>
internal static class OperationOutcome
{
    public const string Completed = "completed";
    public const string Abandoned = "abandoned";
    public const string Failed = "failed";
}
