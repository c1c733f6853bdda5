using System.Text.Json;

namespace LogKit.Serve.Tests.Support;

/// <summary>Reads server-sent events from <c>/api/tail</c>.</summary>
public sealed class SseReader : IDisposable
{
    readonly HttpResponseMessage _response;
    readonly StreamReader _reader;

    SseReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<SseReader> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        // The stream starts once the server has taken its starting point.
        (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10))).Should().StartWith("retry:");
        return new SseReader(response, reader);
    }

    /// <summary>Reads until <paramref name="count"/> log events arrived; returns their N properties.</summary>
    public async Task<List<int>> ReadEventsAsync(int count)
    {
        var numbers = new List<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var isLog = false;
        while (numbers.Count < count)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
            if (line == "event: log")
                isLog = true;
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && isLog)
            {
                numbers.Add(JsonDocument.Parse(line[6..]).RootElement.GetProperty("properties").GetProperty("N").GetInt32());
                isLog = false;
            }
        }
        return numbers;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
