using System.Text;
using Microsoft.Extensions.Logging;
using NLog.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using ZLogger;
using ILogger = Microsoft.Extensions.Logging.ILogger;

namespace LogKit.Benchmarks;

/// <summary>
/// The Microsoft.Extensions.Logging providers compared side by side, each into its own JSON formatter with
/// the output discarded: LogKit (CLEF formatted on the caller, as its file sink does), Serilog.Extensions.Logging
/// (CompactJsonFormatter, on the caller), ZLogger 2.6 (its JSON formatter on its background writer, into
/// <see cref="Stream.Null"/>), NLog.Extensions.Logging (JsonLayout rendered on the caller by a null target),
/// and Microsoft's JSON console provider (formatted on its own background thread, into a null writer). A provider
/// that does nothing (enabled, no scope, nothing written) measures what MEL itself costs on the same call: the
/// floor under every provider's figure.
/// </summary>
public sealed class MelProviders : IDisposable
{
    public const string LogKit = "LogKit";
    public const string Serilog = "Serilog.Extensions.Logging";
    public const string ZLogger = "ZLogger";
    public const string NLog = "NLog.Extensions.Logging";
    public const string MicrosoftJsonConsole = "Microsoft JsonConsole";
    public const string MelOnly = "MEL only (no-op provider)";

    readonly List<IDisposable> _owned = [];
    readonly ILoggerFactory _factory;
    TextWriter? _stdout;

    public MelProviders(string provider)
    {
        _factory = LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Information);
            switch (provider)
            {
                case LogKit:
                    var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
                    pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
                    _owned.Add(pipeline);
                    builder.AddLogKit(pipeline);
                    break;
                case Serilog:
                    var serilog = new LoggerConfiguration().Enrich.FromLogContext().WriteTo.Sink(new NullCompactJsonSink()).CreateLogger();
                    builder.AddSerilog(serilog, dispose: true);
                    break;
                case ZLogger:
                    builder.AddZLoggerStream(Stream.Null, o =>
                    {
                        o.IncludeScopes = true;
                        o.UseJsonFormatter();
                    });
                    break;
                case NLog:
                    var configuration = new NLog.Config.LoggingConfiguration();
                    configuration.AddRuleForAllLevels(new NLog.Targets.NullTarget("null")
                    {
                        FormatMessage = true,
                        Layout = new NLog.Layouts.JsonLayout
                        {
                            IncludeEventProperties = true,
                            IncludeScopeProperties = true,
                            Attributes =
                            {
                                new NLog.Layouts.JsonAttribute("@t", "${date:universalTime=true:format=o}"),
                                new NLog.Layouts.JsonAttribute("@mt", "${message:raw=true}"),
                            },
                        },
                    });
                    var factory = new NLog.LogFactory { Configuration = configuration };
                    _owned.Add(factory);
                    builder.AddNLog(_ => factory);
                    break;
                case MicrosoftJsonConsole:
                    _stdout = Console.Out;
                    Console.SetOut(TextWriter.Null);
                    builder.AddJsonConsole(o => o.IncludeScopes = true);
                    break;
                case MelOnly:
                    builder.AddProvider(new NoOpProvider());
                    break;
                default:
                    throw new ArgumentException($"Unknown provider {provider}.", nameof(provider));
            }
        });
        Logger = _factory.CreateLogger<MelProviders>();
    }

    public static IEnumerable<string> All => [LogKit, Serilog, ZLogger, NLog, MicrosoftJsonConsole, MelOnly];

    public ILogger Logger { get; }

    public void Dispose()
    {
        _factory.Dispose();
        foreach (var owned in _owned)
            owned.Dispose();
        if (_stdout != null)
            Console.SetOut(_stdout);
    }

    /// <summary>Enabled for every level; keeps no scope and writes nothing.</summary>
    sealed class NoOpProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => NoOpLogger.Instance;

        public void Dispose()
        {
        }

        sealed class NoOpLogger : ILogger
        {
            public static readonly NoOpLogger Instance = new();

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
                => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }

    /// <summary>CompactJsonFormatter into a UTF-8 writer over Stream.Null.</summary>
    sealed class NullCompactJsonSink : ILogEventSink
    {
        readonly CompactJsonFormatter _formatter = new();
        readonly StreamWriter _writer = new(Stream.Null, new UTF8Encoding(false));

        public void Emit(LogEvent logEvent) => _formatter.Format(logEvent, _writer);
    }
}
