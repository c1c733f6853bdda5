namespace LogKit.Elasticsearch.Configuration;

/// <summary>
/// One node of the cluster: its address without user information, and a display form that is safe
/// to write anywhere (scheme, host and port only).
/// </summary>
internal sealed class ElasticsearchNode(Uri baseUri)
{
    public Uri BaseUri { get; } = baseUri;

    public string Display { get; } = baseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>Consecutive failures; drives how long the node is skipped.</summary>
    public int Failures;

    /// <summary>UTC ticks until which the node is skipped (0 = alive).</summary>
    public long DeadUntilTicks;

    public override string ToString() => Display;
}
