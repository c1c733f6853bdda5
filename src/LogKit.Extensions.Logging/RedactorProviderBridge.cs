using Microsoft.Extensions.Compliance.Redaction;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Hands the application's <see cref="IRedactorProvider"/> (registered by <c>services.AddRedaction(...)</c>)
/// to the pipeline, so that members marked with a data classification are redacted by the redactor the
/// application configured for that classification, as Microsoft.Extensions.Logging's own redaction does.
/// A provider set on the pipeline in code is kept.
/// </summary>
internal static class RedactorProviderBridge
{
    public static void Apply(LogPipeline pipeline, IServiceProvider services)
    {
        if (pipeline.Redaction.RedactorProvider is null && services.GetService(typeof(IRedactorProvider)) is IRedactorProvider provider)
            pipeline.Redaction.RedactorProvider = provider;
    }
}
