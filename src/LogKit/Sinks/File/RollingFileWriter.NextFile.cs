using Serilog;
using Serilog.Debugging;

namespace LogKit.Sinks.File;

/// <summary>Which file the log continues in: the period a record belongs to, the next roll-forward
/// name, or renaming the stable active file out of the way.</summary>
internal sealed partial class RollingFileWriter
{
    string ChooseRollForward(bool advance, int? minimumSequence = null)
    {
        var latest = LogFileSet.List(_roller).FirstOrDefault(f => !f.Name.IsStable && f.Name.Period == _period);
        int? sequence = minimumSequence;
        if (latest != null)
        {
            var latestSequence = latest.Name.Sequence ?? 0;
            var canAppend = latest.ArchivePath is null
                && latest.PlainPath != null
                && (!advance || latestSequence > (_sequence ?? 0))           // shared mode: another process rolled already
                && (_maxSize is not { } max || latest.Length < max);
            sequence = canAppend ? latest.Name.Sequence : latestSequence + 1;
            if (minimumSequence is { } minimum && (sequence ?? 0) < minimum)
                sequence = minimum;
        }
        // A link planted under the next name is skipped, never written through.
        for (var tries = 0; tries < 100 && LogFolder.IsLink(_roller.RollForwardPath(_period, sequence)); tries++)
        {
            SelfLog.WriteLine("LogKit file sink {0}: {1} is a symbolic link; skipping to the next name", _sinkName, _roller.RollForwardPath(_period, sequence));
            sequence = (sequence ?? 0) + 1;
        }
        _sequence = sequence;
        return _roller.RollForwardPath(_period, sequence);
    }

    string PrepareStableActive(bool advance)
    {
        var active = _roller.StableActivePath;
        var info = new FileInfo(active);
        if (info.Exists)
        {
            var stale = _period != null && PeriodOf(info.LastWriteTimeUtc.Ticks) < _period;
            var full = _maxSize is { } max && info.Length >= max;
            if (advance || stale || full)
            {
                var next = LogFileSet.List(_roller).Where(f => f.Name is { IsStable: true, Sequence: not null }).Select(f => f.Name.Sequence!.Value).DefaultIfEmpty(0).Max() + 1;
                var rolled = _roller.StablePath(next);
                try
                {
                    System.IO.File.Move(active, rolled, overwrite: false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    SelfLog.WriteLine("LogKit file sink {0}: could not rename the active file, continuing with roll-forward names: {1}", _sinkName, $"{active} -> {rolled}: {ex}");
                    _stableActive = false;
                    // Never the stable active name itself (app.log): that file is full or stale.
                    return ChooseRollForward(advance: true, minimumSequence: 1);
                }
                Rolled?.Invoke(rolled);
            }
        }
        return active;
    }

    /// <summary>The period a record belongs to: computed once per UTC minute, because every period
    /// boundary, in any time zone and across daylight-saving changes, falls on a whole UTC minute.</summary>
    DateTime? PeriodOf(long utcTicks)
    {
        if (_roller.Interval == RollingInterval.Infinite)
            return null;
        var minute = utcTicks / TimeSpan.TicksPerMinute;
        if (minute != _cachedMinute)
        {
            var utc = new DateTime(utcTicks, DateTimeKind.Utc);
            var instant = _localTime ? TimeZoneInfo.ConvertTimeFromUtc(utc, _clock.LocalTimeZone) : utc;
            _cachedPeriod = _roller.Checkpoint(instant);
            _cachedMinute = minute;
        }
        return _cachedPeriod;
    }
}
