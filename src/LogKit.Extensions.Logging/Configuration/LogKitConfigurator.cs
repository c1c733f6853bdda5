using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using Serilog.Debugging;

namespace LogKit.Extensions.Logging.Configuration;

/// <summary>
/// Applies the <c>LogKit</c> section to a pipeline: its sinks are replaced by the configured ones, the
/// levels and properties set. When the configuration reloads, levels (the default, the overrides
/// and each sink's) follow without restarting any sink; changes to sinks take a restart.
/// </summary>
internal sealed class LogKitConfigurator : IDisposable
{
    readonly LogPipeline _pipeline;
    readonly IConfiguration _section;
    readonly List<LogSinkHandle> _fileHandles = [];
    LogSinkHandle? _consoleHandle;
    IDisposable? _reload;

    LogKitConfigurator(LogPipeline pipeline, IConfiguration section)
    {
        _pipeline = pipeline;
        _section = section;
    }

    /// <summary>Checks the whole section, throwing one exception for every mistake, then applies it and follows reloads.</summary>
    public static LogKitConfigurator Apply(LogPipeline pipeline, IConfiguration section)
    {
        var settings = SettingsReader.Read(section);
        var configurator = new LogKitConfigurator(pipeline, section);
        configurator.ApplySinks(settings);
        configurator.ApplyLevels(settings);
        configurator._reload = ChangeToken.OnChange(section.GetReloadToken, configurator.Reload);
        return configurator;
    }

    public void Dispose() => _reload?.Dispose();

    void ApplySinks(LogKitSettings settings)
    {
        // A file another pipeline of this process writes can only be found here; find it before
        // anything changes, so that a failed configuration leaves the pipeline as it was.
        var ownPaths = _pipeline.Sinks.Select(s => (s.Sink as LogKit.Sinks.File.FileSink)?.Path).OfType<string>().ToHashSet();
        for (var i = 0; i < settings.Files.Count; i++)
        {
            var file = settings.Files[i];
            var fullPath = Path.GetFullPath(file.Path);
            if (!file.Options.Shared && LogKit.Sinks.File.FileSink.IsPathInUse(fullPath) && !ownPaths.Contains(fullPath))
                throw new LogKitConfigurationException([($"{(_section as IConfigurationSection)?.Path ?? "LogKit"}:Files:{i}:Path", file.Path, "another pipeline of this process already writes this file")]);
        }

        _pipeline.RemoveAllSinks();
        if (settings.Console.Enabled)
            _consoleHandle = _pipeline.AddConsoleCore(settings.Console.Options);
        for (var i = 0; i < settings.Files.Count; i++)
        {
            var file = settings.Files[i];
            try
            {
                _fileHandles.Add(_pipeline.AddFileCore(file.Path, file.Options));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                // Another pipeline of this process writes that file: only known once its sink is added.
                throw new LogKitConfigurationException([($"{(_section as IConfigurationSection)?.Path ?? "LogKit"}:Files:{i}:Path", file.Path, ex.Message)]);
            }
        }
        foreach (var (name, value) in settings.Properties)
            _pipeline.SetProperty(name, value);
    }

    void ApplyLevels(LogKitSettings settings)
    {
        _pipeline.MinimumLevel = settings.MinimumLevel;
        _pipeline.SetMinimumLevelOverrides(settings.Overrides);
        if (_consoleHandle != null)
            _consoleHandle.MinimumLevel = settings.Console.Options.MinimumLevel;
        for (var i = 0; i < _fileHandles.Count && i < settings.Files.Count; i++)
            _fileHandles[i].MinimumLevel = settings.Files[i].Options.MinimumLevel;
    }

    void Reload()
    {
        try
        {
            ApplyLevels(SettingsReader.Read(_section, checkPaths: false));
        }
        catch (Exception ex)
        {
            // A bad edit must not take a running application down: the levels stay as they were.
            SelfLog.WriteLine("LogKit ignored a configuration reload: {0}", ex.Message);
        }
    }
}
