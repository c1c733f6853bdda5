namespace LogKit.Elasticsearch.Tests.Support.Fake;

/// <summary>What the fake knows about a <c>_bulk</c> request when it decides on a fault.</summary>
public sealed record FakeRequest(long Sequence, int Node, long CompressedBytes);

/// <summary>What the fake knows about one item when it decides on an item fault.</summary>
/// <param name="Attempt">How many times this id has been seen, this one included (1 = first).</param>
public sealed record FakeItem(string Id, int Attempt, string Document);

/// <summary>A whole-request fault.</summary>
public abstract record RequestFault
{
    /// <summary>Answers with this status and an Elasticsearch-style error body, storing nothing.</summary>
    public sealed record Status(int Code) : RequestFault;

    /// <summary>Reads part of the body, then resets the connection (nothing stored).</summary>
    public sealed record ResetMidBody : RequestFault;

    /// <summary>Stores the items, then drops the connection before answering.</summary>
    public sealed record LoseResponse : RequestFault;

    /// <summary>Stores the items, then answers only after this long (past the client's timeout).</summary>
    public sealed record Slow(TimeSpan Delay) : RequestFault;
}

/// <summary>An item-level failure: the item gets this status and error type instead of being stored.</summary>
public sealed record ItemFault(int Status, string Type, string Reason);
