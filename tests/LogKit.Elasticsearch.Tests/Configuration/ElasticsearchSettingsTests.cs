using System.Text;
using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Tests.Support;

namespace LogKit.Elasticsearch.Tests.Configuration;

public class ElasticsearchSettingsTests
{
    static ElasticsearchSettings From(Action<ElasticsearchSinkOptions> configure, Uri? uri = null, string? bufferPath = null)
    {
        var options = new ElasticsearchSinkOptions { BufferPath = bufferPath ?? Path.Combine(Path.GetTempPath(), "logkit-es-settings") };
        configure(options);
        return ElasticsearchSettings.From(uri ?? new Uri("http://localhost:9200"), options, null);
    }

    [Theory]
    [InlineData("DataStream", "logs-my-app-default")]
    [InlineData("DataStream", "Logs-app-default")]
    [InlineData("DataStream", "metrics-app-default")]
    [InlineData("DataStream", "logs-app")]
    [InlineData("DataStream", "logs-app-de fault")]
    [InlineData("BatchSize", "0")]
    [InlineData("MaxConcurrentRequests", "0")]
    [InlineData("BatchBytes", "0")]
    [InlineData("MaxBufferSize", "0")]
    [InlineData("MaxBufferSize", "10")]
    [InlineData("FlushInterval", "0")]
    [InlineData("RequestTimeout", "-1")]
    [InlineData("ShutdownTimeout", "-1")]
    [InlineData("Username", "")]
    [InlineData("Password", "p")]
    [InlineData("ApiKey", " ")]
    public void ABadOptionThrowsAnArgumentExceptionNamingIt(string option, string value)
    {
        var act = () => From(o =>
        {
            switch (option)
            {
                case "DataStream": o.DataStream = value; break;
                case "BatchSize": o.BatchSize = int.Parse(value); break;
                case "MaxConcurrentRequests": o.MaxConcurrentRequests = int.Parse(value); break;
                case "BatchBytes": o.BatchBytes = long.Parse(value); break;
                case "MaxBufferSize": o.MaxBufferSize = long.Parse(value); break;
                case "FlushInterval": o.FlushInterval = TimeSpan.FromSeconds(int.Parse(value)); break;
                case "RequestTimeout": o.RequestTimeout = TimeSpan.FromSeconds(int.Parse(value)); break;
                case "ShutdownTimeout": o.ShutdownTimeout = TimeSpan.FromSeconds(int.Parse(value)); break;
                case "Username": o.Username = value; o.Password = "x"; break;
                case "Password": o.Username = value; break;
                case "ApiKey": o.ApiKey = value; break;
            }
        });

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(option);
    }

    [Theory]
    [InlineData("ftp://localhost:9200")]
    [InlineData("file:///tmp/es")]
    public void ANodeThatIsNotHttpIsRefused(string uri)
    {
        var act = () => From(_ => { }, new Uri(uri));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Nodes");
    }

    [Fact]
    public void ARelativeNodeIsRefused()
    {
        var act = () => From(o => o.Nodes = [new Uri("es1/x", UriKind.Relative)]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Nodes");
    }

    [Fact]
    public void AnUnwritableBufferFolderIsRefused()
    {
        using var folder = TempFolder.ForCaller();
        var file = folder.File("a-file");
        File.WriteAllText(file, "");

        var act = () => From(_ => { }, bufferPath: Path.Combine(file, "buffer"));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("BufferPath");
    }

    [Fact]
    public void UserInformationInTheUriBecomesBasicCredentialsAndLeavesTheNodeAddress()
    {
        var settings = From(_ => { }, new Uri("https://elastic:p%40ss@es1.example:9243/prefix"));

        settings.Authorization.Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:p@ss")));
        settings.Nodes.Single().BaseUri.ToString().Should().Be("https://es1.example:9243/prefix/");
        settings.Nodes.Single().Display.Should().Be("https://es1.example:9243");
    }

    [Fact]
    public void AnApiKeyIsSentAsApiKeyAndTwoKindsOfCredentialsAreRefused()
    {
        From(o => o.ApiKey = "abc==").Authorization.Should().Be("ApiKey abc==");

        var both = () => From(o => o.ApiKey = "abc", new Uri("http://u:p@localhost:9200"));
        both.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("u:p");
    }

    [Fact]
    public void TheDataStreamNameIsSplitIntoDatasetAndNamespace()
    {
        var settings = From(o => o.DataStream = "logs-shop.orders-prod_eu");

        settings.DataStream.Dataset.Should().Be("shop.orders");
        settings.DataStream.Namespace.Should().Be("prod_eu");
        settings.SinkName.Should().Be("elasticsearch:logs-shop.orders-prod_eu");
    }
}
