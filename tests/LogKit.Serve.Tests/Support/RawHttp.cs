using System.Net.Sockets;
using System.Text;

namespace LogKit.Serve.Tests.Support;

/// <summary>
/// Sends a request line exactly as written (HttpClient would normalise <c>..</c> and encoded separators away,
/// which is the very thing the path-traversal tests must send).
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string target, string? host = null, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append("GET ").Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host ?? $"{server.Host}:{server.Port}").Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers)
            request.Append(header).Append("\r\n");
        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var status = response.Length >= 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : 0;
        return (status, response);
    }
}
