using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LogKit.Cli.Serve.Query;
using Microsoft.AspNetCore.Http;

namespace LogKit.Cli.Serve.Api;

/// <summary>
/// <c>GET /api/tail</c>: server-sent events. Each message (<c>event: log</c>) is one event as in <c>/api/events</c>;
/// its <c>id</c> is the index's chunk sequence, so a reconnecting browser (<c>Last-Event-ID</c>) misses nothing and
/// gets nothing twice. New lines are found by the index's refresh, which follows renamed, archived and new files.
/// </summary>
internal static class TailEndpoint
{
    static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(HttpContext context, LogSearch search, TimeProvider time, TimeSpan pollInterval)
    {
        if (await ApiEndpoints.ParseAsync(context, time).ConfigureAwait(false) is not { } query)
            return;

        var cancel = context.RequestAborted;
        var snapshot = await search.Index.GetAsync(cancel).ConfigureAwait(false);
        var last = snapshot.LastSequence;
        if (long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var resumed) && resumed <= last)
            last = resumed;

        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await WriteAsync(context, "retry: 2000\n: following\n\n").ConfigureAwait(false);
        var quietSince = time.GetTimestamp();

        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await Task.Delay(pollInterval, time, cancel).ConfigureAwait(false);
                snapshot = await search.Index.GetAsync(cancel).ConfigureAwait(false);
                if (snapshot.LastSequence > last)
                {
                    var events = search.Appended(snapshot, query, last);
                    last = snapshot.LastSequence;
                    var buffer = new ArrayBufferWriter<byte>(4096);
                    foreach (var e in events)
                    {
                        buffer.Write("event: log\nid: "u8);
                        buffer.Write(Encoding.ASCII.GetBytes(last.ToString(CultureInfo.InvariantCulture)));
                        buffer.Write("\ndata: "u8);
                        using (var writer = new Utf8JsonWriter(buffer))
                            EventJson.Write(writer, e);
                        buffer.Write("\n\n"u8);
                    }
                    if (events.Count == 0)
                        buffer.Write(Encoding.ASCII.GetBytes($"event: mark\nid: {last}\ndata: {{}}\n\n"));
                    await context.Response.Body.WriteAsync(buffer.WrittenMemory, cancel).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(cancel).ConfigureAwait(false);
                    quietSince = time.GetTimestamp();
                }
                else if (time.GetElapsedTime(quietSince) >= KeepAlive)
                {
                    await WriteAsync(context, ": keep-alive\n\n").ConfigureAwait(false);
                    quietSince = time.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away.
        }
    }

    static async Task WriteAsync(HttpContext context, string text)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
