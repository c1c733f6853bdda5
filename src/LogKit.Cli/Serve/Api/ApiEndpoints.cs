using System.Globalization;
using System.Text.Json;
using LogKit.Cli.Serve.Index;
using LogKit.Cli.Serve.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LogKit.Cli.Serve.Api;

/// <summary>
/// The HTTP API the page uses (documented in README): <c>/api/events</c>, <c>/api/histogram</c>,
/// <c>/api/templates</c>, <c>/api/status</c> and <c>/api/tail</c>. No parameter names a file.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app, LogSearch search, TimeProvider time, TimeSpan tailPollInterval)
    {
        app.MapGet("/api/events", async context =>
        {
            if (await ParseAsync(context, time).ConfigureAwait(false) is not { } query)
                return;
            var snapshot = await search.Index.GetAsync(context.RequestAborted).ConfigureAwait(false);
            var page = search.Events(snapshot, query);
            await JsonResponse.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("events");
                foreach (var e in page.Events)
                    EventJson.Write(w, e);
                w.WriteEndArray();
                if (page.Next is { } next)
                    w.WriteString("next", next.ToString());
                else
                    w.WriteNull("next");
                w.WriteEndObject();
            }).ConfigureAwait(false);
        });

        app.MapGet("/api/histogram", async context =>
        {
            if (await ParseAsync(context, time).ConfigureAwait(false) is not { } query)
                return;
            var snapshot = await search.Index.GetAsync(context.RequestAborted).ConfigureAwait(false);
            var histogram = search.Histogram(snapshot, query);
            await JsonResponse.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("bucketSeconds", histogram.BucketTicks / TimeSpan.TicksPerSecond);
                w.WriteStartArray("buckets");
                for (var i = 0; i < histogram.Counts.Length; i++)
                {
                    w.WriteStartObject();
                    w.WriteString("t", Iso(histogram.FromTicks + i * histogram.BucketTicks));
                    w.WriteStartArray("counts");
                    foreach (var n in histogram.Counts[i])
                        w.WriteNumberValue(n);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartObject("levels");
                for (var level = 0; level < LevelSlots.Count; level++)
                    w.WriteNumber(LevelSlots.Names[level], histogram.LevelTotals[level]);
                w.WriteEndObject();
                w.WriteNumber("total", histogram.Total);
                w.WriteEndObject();
            }).ConfigureAwait(false);
        });

        app.MapGet("/api/templates", async context =>
        {
            if (await ParseAsync(context, time).ConfigureAwait(false) is not { } query)
                return;
            var top = 10;
            if (context.Request.Query["top"].ToString() is { Length: > 0 } topText
                && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > 1000))
            {
                await JsonResponse.ErrorAsync(context, "top", "top is a number from 1 to 1000.").ConfigureAwait(false);
                return;
            }
            var snapshot = await search.Index.GetAsync(context.RequestAborted).ConfigureAwait(false);
            var templates = search.Templates(snapshot, query, top);
            await JsonResponse.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("templates");
                foreach (var t in templates)
                {
                    w.WriteStartObject();
                    w.WriteString("template", t.Template);
                    w.WriteNumber("count", t.Count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }).ConfigureAwait(false);
        });

        app.MapGet("/api/status", async context =>
        {
            var snapshot = await search.Index.GetAsync(context.RequestAborted).ConfigureAwait(false);
            await JsonResponse.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("files", snapshot.FileCount);
                w.WriteNumber("bytes", snapshot.Bytes);
                w.WriteNumber("events", snapshot.EventCount);
                if (snapshot.Chunks.Length > 0)
                {
                    w.WriteString("first", Iso(snapshot.MinTicks));
                    w.WriteString("last", Iso(snapshot.MaxTicks));
                }
                w.WriteNumber("invalidLines", snapshot.InvalidCount);
                w.WriteNumber("chunks", snapshot.Chunks.Length);
                w.WriteNumber("managedHeapBytes", GC.GetTotalMemory(forceFullCollection: false));
                w.WriteStartArray("invalid");
                foreach (var line in snapshot.InvalidSample)
                {
                    w.WriteStartObject();
                    // The file's name only: the page has no use for where it is on the server.
                    w.WriteString("file", Path.GetFileName(line.Path));
                    if (line.LineNumber is { } number)
                        w.WriteNumber("line", number);
                    w.WriteString("kind", line.Kind.ToString());
                    w.WriteString("reason", line.Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }).ConfigureAwait(false);
        });

        app.MapGet("/api/tail", context => TailEndpoint.RunAsync(context, search, time, tailPollInterval));

        // Anything else under /api is not an endpoint (and never a file).
        app.Map("/api/{**rest}", context => JsonResponse.ErrorAsync(context, "path", "No such API endpoint.", StatusCodes.Status404NotFound));
    }

    internal static async Task<EventQuery?> ParseAsync(HttpContext context, TimeProvider time)
    {
        var query = EventQuery.TryParse(context.Request.Query, time.GetUtcNow(), out var error);
        if (query is null)
            await JsonResponse.ErrorAsync(context, error!.Parameter, error.Message).ConfigureAwait(false);
        return query;
    }

    static string Iso(long utcTicks) => new DateTime(utcTicks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
