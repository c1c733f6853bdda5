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
        ApplyRedaction(pipeline, settings.Redaction);
        configurator.ApplySinks(settings);
        configurator.ApplyLevels(settings);
        configurator._reload = ChangeToken.OnChange(section.GetReloadToken, configurator.Reload);
        return configurator;
    }

    public void Dispose() => _reload?.Dispose();

    // At start-up only, as sinks: a reload that could turn redaction off in a running process is not wanted.
    static void ApplyRedaction(LogPipeline pipeline, LogKitSettings.RedactionSettings? settings)
    {
        if (settings is null)
            return;
        foreach (var name in settings.Add)
            pipeline.Redaction.Add(name);
        foreach (var name in settings.Remove)
            pipeline.Redaction.Remove(name);
        if (settings.Enabled == false)
            pipeline.Redaction.Disable();
        else if (settings.Enabled == true)
            pipeline.Redaction.Enable();
    }

    void ApplySinks(LogKitSettings settings)
    {
        // All or nothing: the new sinks are built while the current ones keep writing, so that a
        // mistake found only now (a file another pipeline writes) leaves the pipeline as it was.
        var fileIndex = -1;
        try
        {
            _pipeline.ReplaceSinks(pipeline =>
            {
                _consoleHandle = settings.Console.Enabled ? pipeline.AddConsole(settings.Console.Options) : null;
                _fileHandles.Clear();
                for (fileIndex = 0; fileIndex < settings.Files.Count; fileIndex++)
                    _fileHandles.Add(pipeline.AddFile(settings.Files[fileIndex].Path, settings.Files[fileIndex].Options));
            });
        }
        catch (Exception ex) when ((ex is InvalidOperationException or ArgumentException) && fileIndex >= 0 && fileIndex < settings.Files.Count)
        {
            _consoleHandle = null;
            _fileHandles.Clear();
            throw new LogKitConfigurationException([($"{(_section as IConfigurationSection)?.Path ?? "LogKit"}:Files:{fileIndex}:Path", settings.Files[fileIndex].Path, ex.Message)]);
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
