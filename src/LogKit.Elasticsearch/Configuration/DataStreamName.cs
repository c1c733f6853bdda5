using System.Text.RegularExpressions;

namespace LogKit.Elasticsearch.Configuration;

/// <summary>A data stream name split into its parts, following Elastic's naming scheme <c>{type}-{dataset}-{namespace}</c>.</summary>
internal sealed partial record DataStreamName(string Name, string Dataset, string Namespace)
{
    // Lower case, no '-' inside a part, none of the characters index names forbid.
    [GeneratedRegex("^logs-(?<dataset>[a-z0-9_.]{1,100})-(?<namespace>[a-z0-9_.]{1,100})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static DataStreamName Parse(string? name, string optionName)
    {
        var match = name is null ? null : Pattern().Match(name);
        if (match is null || !match.Success || name!.StartsWith("logs-.", StringComparison.Ordinal))
            throw new ArgumentException(
                $"DataStream '{name}' does not follow the data stream naming scheme logs-{{dataset}}-{{namespace}}: lower case letters, digits, '_' and '.', no '-' inside the dataset or namespace (for example logs-myapp-default).",
                optionName);
        return new DataStreamName(name, match.Groups["dataset"].Value, match.Groups["namespace"].Value);
    }
}
