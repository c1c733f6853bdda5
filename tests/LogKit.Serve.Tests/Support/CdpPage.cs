using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LogKit.Serve.Tests.Support;

/// <summary>
/// One page over the Chrome DevTools Protocol: commands with their answers, and the page's script errors, console
/// errors and CSP violations collected as they happen.
/// </summary>
public sealed class CdpPage : IAsyncDisposable
{
    readonly ClientWebSocket _socket = new();
    readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    readonly CancellationTokenSource _stop = new();
    readonly SemaphoreSlim _send = new(1, 1);
    Task _receive = Task.CompletedTask;
    int _nextId;

    /// <summary>Uncaught exceptions, console errors and browser log errors (CSP violations among them).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public static async Task<CdpPage> ConnectAsync(Uri webSocket)
    {
        var page = new CdpPage();
        page._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await page._socket.ConnectAsync(webSocket, CancellationToken.None);
        page._receive = Task.Run(page.ReceiveAsync);
        await page.SendAsync("Page.enable");
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Log.enable");
        return page;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _send.WaitAsync();
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
        return await answer.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException("Script failed: " + exception.ToString());
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    public async Task NavigateAsync(Uri address)
    {
        await SendAsync("Page.navigate", new { url = address.ToString() });
    }

    /// <summary>Waits until <paramref name="condition"/> (a JavaScript expression) is true, or fails naming it.</summary>
    public async Task WaitForAsync(string condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                var value = await EvaluateAsync($"!!({condition})");
                if (value.ValueKind == JsonValueKind.True)
                    return;
            }
            catch (InvalidOperationException)
            {
                // The page is navigating; try again.
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The page never met: {condition}. Errors: {string.Join(" | ", Errors)}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the page has no request in flight (app.js keeps <c>body.dataset.ready</c>).</summary>
    public Task WaitUntilIdleAsync() => WaitForAsync("document.body && document.body.dataset.ready === '1'");

    /// <summary>Clicks the centre of the element <paramref name="selector"/> finds, with real mouse events.</summary>
    public async Task ClickAsync(string selector)
    {
        var (x, y) = await CentreOfAsync(selector);
        await MouseAsync("mouseMoved", x, y);
        await MouseAsync("mousePressed", x, y);
        await MouseAsync("mouseReleased", x, y);
    }

    public async Task<(double X, double Y)> CentreOfAsync(string selector)
    {
        var box = await EvaluateAsync($$"""
            (() => { const e = document.querySelector({{JsonSerializer.Serialize(selector)}}); if (!e) return null;
                     e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect();
                     return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height }; })()
            """);
        if (box.ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException("No element matches " + selector);
        return (box.GetProperty("x").GetDouble(), box.GetProperty("y").GetDouble());
    }

    public Task MouseAsync(string type, double x, double y)
        => SendAsync("Input.dispatchMouseEvent", new { type, x, y, button = "left", buttons = type == "mouseReleased" ? 0 : 1, clickCount = 1 });

    /// <summary>Replaces the text of the input <paramref name="selector"/> finds by typing <paramref name="text"/>, then presses Enter.</summary>
    public async Task TypeAndEnterAsync(string selector, string text)
    {
        await EvaluateAsync($"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); e.focus(); e.select(); }})()");
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key = "Backspace", code = "Backspace", windowsVirtualKeyCode = 8 });
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key = "Backspace", code = "Backspace", windowsVirtualKeyCode = 8 });
        await SendAsync("Input.insertText", new { text });
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key = "Enter", code = "Enter", windowsVirtualKeyCode = 13, text = "\r" });
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key = "Enter", code = "Enter", windowsVirtualKeyCode = 13 });
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                    continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new InvalidOperationException("The browser connection closed."));
    }

    void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (_pending.TryRemove(idElement.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                    answer.TrySetException(new InvalidOperationException(error.ToString()));
                else
                    answer.TrySetResult(root.GetProperty("result").Clone());
            }
            return;
        }

        var method = root.GetProperty("method").GetString();
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        switch (method)
        {
            case "Runtime.exceptionThrown":
                Errors.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").ToString());
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                Errors.Enqueue("console: " + parameters.GetProperty("args").ToString());
                break;
            // A 400 answer (a filter that does not parse) is logged by the network layer; that is the page working.
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error"
                                       && parameters.GetProperty("entry").GetProperty("source").GetString() != "network":
                Errors.Enqueue("log: " + parameters.GetProperty("entry").GetProperty("text").GetString());
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }
        await _receive.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }
}
