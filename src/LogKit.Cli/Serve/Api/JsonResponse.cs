using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LogKit.Cli.Serve.Api;

/// <summary>Writes JSON bodies with a <see cref="Utf8JsonWriter"/> (no reflection, nothing to configure).</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task ErrorAsync(HttpContext context, string parameter, string message, int status = StatusCodes.Status400BadRequest)
        => WriteAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteString("parameter", parameter);
            w.WriteEndObject();
        }, status);
}
