using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LogKit;
using Serilog.Events;

namespace LogKit.Soak;

/// <summary>
/// Logs at a steady rate for the configured time to three sinks while faults come and go in a
/// 20-second cycle — a sink that throws (2–5 s), the rolling log's folder deleted (at 6 s), the small
/// disk filled and freed (9–13 s), a batched sink that hangs (15–18 s; it drops, counted, rather than
/// stall the application) — sampling memory, handles and threads every second. At the end
/// every sink's counters must reconcile and each sink's output must match its counts. Writes
/// samples.csv, report.json and memory.svg to the output folder; exits 1 when a check fails.
/// </summary>
public static class SoakRun
{
    const int Cycle = 20;

    public static async Task<int> RunAsync(SoakSettings settings)
    {
        var output = Path.GetFullPath(settings.Output);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        var logs = Path.Combine(output, "logs");
        Directory.CreateDirectory(logs);
        var rollingPath = Path.Combine(logs, "app.log");
        var smallDisk = settings.Tmpfs is null ? null : Path.Combine(settings.Tmpfs, "soak-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var auditPath = smallDisk is null ? Path.Combine(output, "audit", "audit.log") : Path.Combine(smallDisk, "audit.log");
        var filler = smallDisk is null ? null : Path.Combine(settings.Tmpfs!, "soak-filler-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

        var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Information, FlushOnProcessExit = false });
        var rolling = pipeline.AddFile(rollingPath, o =>
        {
            o.MaxFileSize = 256 * 1024;
            o.Compression = FileCompression.GZip;
            o.RetainedFileCount = 8;
            o.Name = "rolling";
        });
        var audit = pipeline.AddFile(auditPath, o =>
        {
            o.MinimumLevel = LogEventLevel.Error;
            o.RetainedFileCount = null;
            o.Name = "audit";
        });
        var throwing = new ThrowingSink();
        var fragile = pipeline.AddSink(throwing, o => o.Name = "throwing");
        var hanging = new HangingSink();
        var stuck = pipeline.AddBatchedSink(hanging, o =>
        {
            o.Name = "hanging";
            o.QueueCapacity = 1_000;
            o.QueueFullMode = QueueFullMode.Drop;   // a stuck sink must not stall the application
            o.BatchSize = 100;
            o.FlushInterval = TimeSpan.FromMilliseconds(200);
        });

        var clock = Stopwatch.StartNew();
        var samples = new List<Sample>();
        var faults = new List<(double From, double To, string Fault)>();
        long logged = 0;
        var done = false;

        // Resources, once a second.
        var sampling = Task.Run(async () =>
        {
            while (!Volatile.Read(ref done))
            {
                lock (samples)
                    samples.Add(Sampler.Take(clock.Elapsed.TotalSeconds, Interlocked.Read(ref logged)));
                await Task.Delay(1000);
            }
        });

        // Faults, on a 20-second cycle.
        var injecting = Task.Run(async () =>
        {
            var second = 0;
            while (!Volatile.Read(ref done))
            {
                var phase = second % Cycle;
                var now = clock.Elapsed.TotalSeconds;
                switch (phase)
                {
                    case 2:
                        throwing.Failing = true;
                        faults.Add((now, now + 3, "throwing sink"));
                        break;
                    case 5:
                        throwing.Failing = false;
                        break;
                    case 6:
                        TryDeleteFolder(logs);
                        faults.Add((now, now + 0.5, "folder deleted"));
                        break;
                    case 9 when filler != null:
                        FillDisk(filler);
                        faults.Add((now, now + 4, "disk full"));
                        break;
                    case 13 when filler != null:
                        File.Delete(filler);
                        break;
                    case 15:
                        hanging.Hanging = true;
                        faults.Add((now, now + 3, "hanging sink"));
                        break;
                    case 18:
                        hanging.Hanging = false;
                        break;
                }
                second++;
                var next = TimeSpan.FromSeconds(second) - clock.Elapsed;
                if (next > TimeSpan.Zero)
                    await Task.Delay(next);
            }
            throwing.Failing = false;
            hanging.Hanging = false;
            if (filler != null && File.Exists(filler))
                File.Delete(filler);
        });

        // The steady load: catch up to rate × elapsed, then sleep a little.
        var random = new Random(42);
        while (clock.Elapsed < settings.Duration)
        {
            var target = (long)(clock.Elapsed.TotalSeconds * settings.Rate);
            while (logged < target)
            {
                var sequence = logged;
                var level = sequence % 100 == 0 ? LogEventLevel.Error : LogEventLevel.Information;
                pipeline.Logger.Write(level, "Soak event {Seq} for {User} with {Payload}", sequence, "user" + random.Next(1000).ToString(CultureInfo.InvariantCulture), new string('x', random.Next(20, 200)));
                Interlocked.Increment(ref logged);
            }
            Thread.Sleep(5);
        }
        Volatile.Write(ref done, true);
        await Task.WhenAll(sampling, injecting);

        var closing = Stopwatch.StartNew();
        await pipeline.CloseAndFlushAsync().WaitAsync(TimeSpan.FromSeconds(60));
        closing.Stop();

        var report = Verify(settings, samples, logged, rolling, rollingPath, audit, auditPath, fragile, throwing, stuck, hanging, closing.Elapsed);
        File.WriteAllText(Path.Combine(output, "report.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllLines(Path.Combine(output, "samples.csv"),
            ["seconds,rss_bytes,managed_bytes,handles,threads,events", .. samples.Select(s => FormattableString.Invariant($"{s.Seconds:0.0},{s.RssBytes},{s.ManagedBytes},{s.Handles},{s.Threads},{s.Events}"))]);
        File.WriteAllText(Path.Combine(output, "memory.svg"), SvgPlot.MemoryOverTime(samples, faults,
            FormattableString.Invariant($"LogKit soak: {settings.Rate} events/s for {settings.Duration.TotalSeconds:0} s with faults")));
        if (smallDisk != null)
            Directory.Delete(smallDisk, recursive: true);

        Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        return report.Failures.Count == 0 ? 0 : 1;
    }

    static SoakReport Verify(SoakSettings settings, List<Sample> samples, long logged,
        LogSinkHandle rolling, string rollingPath, LogSinkHandle audit, string auditPath, LogSinkHandle fragile, ThrowingSink throwing, LogSinkHandle stuck, HangingSink hanging, TimeSpan closing)
    {
        var failures = new List<string>();
        void Check(bool condition, string failure)
        {
            if (!condition)
                failures.Add(failure);
        }

        foreach (var handle in new[] { rolling, audit, fragile, stuck })
        {
            var c = handle.Counters;
            Check(c.Accepted == c.Written + c.Dropped + c.Failed, $"{handle.Name}: accepted {c.Accepted} != written {c.Written} + dropped {c.Dropped} + failed {c.Failed}");
        }
        Check(rolling.Counters.Accepted == logged, $"rolling accepted {rolling.Counters.Accepted} of {logged} events");

        // The audit log keeps every file: each written event is a complete line, in order, and no more.
        var auditSequences = ReadSequences(ClefFile.ListLogFiles(auditPath), out var auditTorn);
        Check(auditSequences.Count == audit.Counters.Written, $"audit: {auditSequences.Count} events in the files, {audit.Counters.Written} counted written");
        Check(IsIncreasing(auditSequences), "audit: events out of order or repeated");
        Check(auditSequences.All(s => s % 100 == 0), "audit: an event below its level");

        // The rolling log keeps 8 files and loses what the deleted folder held: what is left is in
        // order, and the last event logged is in it.
        var rollingSequences = ReadSequences(ClefFile.ListLogFiles(rollingPath), out var rollingTorn);
        Check(IsIncreasing(rollingSequences), "rolling: events out of order or repeated");
        Check(rollingSequences.Count > 0 && rollingSequences[^1] == logged - 1, $"rolling: the last event ({logged - 1}) is missing");

        Check(fragile.Counters.Failed == throwing.Thrown, $"throwing: failed {fragile.Counters.Failed}, thrown {throwing.Thrown}");
        Check(fragile.Counters.Written == throwing.Received - throwing.Thrown, $"throwing: written {fragile.Counters.Written}, received {throwing.Received} - thrown {throwing.Thrown}");

        Check(stuck.Counters.Written == hanging.Received, $"hanging: written {stuck.Counters.Written}, received {hanging.Received}");

        // Resources after warm-up (the first fifth of the run) must be flat.
        var steady = samples.Where(s => s.Seconds >= settings.Duration.TotalSeconds / 5).ToList();
        var rssSlope = Sampler.SlopePerMinute(steady, s => s.RssBytes / 1048576.0);
        var managedSlope = Sampler.SlopePerMinute(steady, s => s.ManagedBytes / 1048576.0);
        var handleSlope = Sampler.SlopePerMinute(steady, s => s.Handles);
        var threadSlope = Sampler.SlopePerMinute(steady, s => s.Threads);
        var handleRange = steady.Count == 0 ? 0 : steady.Max(s => s.Handles) - steady.Min(s => s.Handles);
        var threadRange = steady.Count == 0 ? 0 : steady.Max(s => s.Threads) - steady.Min(s => s.Threads);
        Check(handleRange <= 10, $"handles ranged over {handleRange} after warm-up");
        Check(threadRange <= 10, $"threads ranged over {threadRange} after warm-up");

        return new SoakReport(
            settings.Duration.TotalSeconds, settings.Rate, logged, closing.TotalMilliseconds,
            rolling.Counters, audit.Counters, fragile.Counters, throwing.Thrown, stuck.Counters,
            auditSequences.Count, auditTorn, rollingSequences.Count, rollingTorn,
            steady.Count == 0 ? 0 : steady.Average(s => s.RssBytes) / 1048576.0, samples.Count == 0 ? 0 : samples.Max(s => s.RssBytes) / 1048576.0,
            rssSlope, managedSlope, handleSlope, threadSlope,
            steady.Count == 0 ? 0 : steady.Min(s => s.Handles), steady.Count == 0 ? 0 : steady.Max(s => s.Handles),
            steady.Count == 0 ? 0 : steady.Min(s => s.Threads), steady.Count == 0 ? 0 : steady.Max(s => s.Threads),
            failures);
    }

    static List<long> ReadSequences(IEnumerable<string> files, out int torn)
    {
        var sequences = new List<long>();
        var invalid = 0;
        foreach (var file in files)
        {
            try
            {
                foreach (var e in ClefFile.ReadEvents(file, _ => invalid++))
                {
                    if (e.Properties.TryGetValue("Seq", out var value) && value is ScalarValue { Value: long sequence })
                        sequences.Add(sequence);
                }
            }
            catch (IOException)
            {
                // A rolled file deleted by retention between listing and reading.
            }
        }
        torn = invalid;
        return sequences;
    }

    static bool IsIncreasing(List<long> sequences)
    {
        for (var i = 1; i < sequences.Count; i++)
        {
            if (sequences[i] <= sequences[i - 1])
                return false;
        }
        return true;
    }

    static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Fills the small disk to the last byte: the file sink's next write fails with ENOSPC.</summary>
    static void FillDisk(string filler)
    {
        foreach (var size in new[] { 64 * 1024, 4096, 256, 1 })
        {
            var chunk = new byte[size];
            try
            {
                using var stream = new FileStream(filler, FileMode.Append, FileAccess.Write, FileShare.None, 1);
                while (true)
                    stream.Write(chunk);
            }
            catch (IOException)
            {
                // Full at this granularity; go on with smaller chunks.
            }
        }
    }
}

/// <summary>The figures and checks of one soak run (report.json).</summary>
public sealed record SoakReport(
    double Seconds, int Rate, long Logged, double CloseMilliseconds,
    LogCounters Rolling, LogCounters Audit, LogCounters Throwing, long Thrown, LogCounters Hanging,
    int AuditEventsInFiles, int AuditInvalidLines, int RollingEventsInFiles, int RollingInvalidLines,
    double RssMeanMegabytes, double RssMaxMegabytes,
    double RssSlopeMegabytesPerMinute, double ManagedSlopeMegabytesPerMinute, double HandleSlopePerMinute, double ThreadSlopePerMinute,
    int HandlesMin, int HandlesMax, int ThreadsMin, int ThreadsMax,
    List<string> Failures);
