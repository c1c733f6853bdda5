using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LogKit.Benchmarks.Throughput;

/// <summary>
/// Runs every configuration in the same process, round-robin, several times, and reports medians:
/// events/s, MB/s, allocated bytes per event (all threads), GC counts, the caller's ns per call,
/// and a check of the output (every event present once as a whole line, no line split across files).
/// Each configuration runs on 1, 4 and 16 threads (the same total, split evenly; a thread's share is the
/// workload with its own context blocks); "caller ns/call" is then the wall time of the logging loops over
/// the total number of events.
/// <c>dotnet run -c Release --project tests/LogKit.Benchmarks -- throughput [events] [repetitions] [name filter] [threads, e.g. 1,4,16]</c>
/// </summary>
public static class ThroughputHarness
{
    public static int Run(string[] args)
    {
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var only = args.Length > 3 && args[3] != "*" ? args[3] : null;
        var threadCounts = (args.Length > 4 ? args[4] : "1,4,16").Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();

        IThroughputSubject[] subjects =
        [
            new LogKitSubject(),
            new LogKitSubject(redaction: false),
            new SerilogSubject(buffered: true, async: false),
            new SerilogSubject(buffered: false, async: false),
            new SerilogSubject(buffered: true, async: true),
            new NLogSubject(),
            new ZLoggerSubject(),
            new RawFileStreamSubject(),
            new LogKitSubject(shared: true),
            new LogKitSubject(typed: true),
            new LogKitMelSubject(),
            new SerilogMelSubject(),
            new ZLoggerMelSubject(),
            new NLogMelSubject(),
        ];
        if (only != null)
            subjects = subjects.Where(s => only.Split('|').Any(o => s.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();   // 'a|b': either

        var runs = subjects.SelectMany(s => threadCounts.Select(t => (Subject: s, Threads: t))).ToArray();
        Console.WriteLine($"# Throughput: {events:N0} events x {repetitions} repetitions, threads {string.Join("/", threadCounts)}, round-robin, medians");
        Console.WriteLine($"# {RuntimeInformationText()}");

        foreach (var (subject, threads) in runs)
            Measure(subject, Math.Max(events / 2, 1000), threads);   // warm-up: JIT, tiering (with PGO), file system caches

        var results = runs.ToDictionary(r => r, _ => new List<Result>());
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            foreach (var run in runs)
            {
                var result = Measure(run.Subject, events, run.Threads);
                results[run].Add(result);
                Console.WriteLine($"  run {repetition + 1}: {run.Subject.Name,-58} x{run.Threads,-2} {result.EventsPerSecond,12:N0} ev/s  {result.BytesPerEvent,8:N0} B/ev  caller {result.CallerNanoseconds,7:N0} ns  gen2 {result.Gen2}  {result.Verification}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| configuration | threads | events/s | MB/s | allocated B/event | gen0/gen1/gen2 | caller ns/call | output check |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            var measured = results[run];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Subject.Name} | {run.Threads} | {Median(measured, r => r.EventsPerSecond):N0} | {Median(measured, r => r.MegabytesPerSecond):N1} | {Median(measured, r => r.BytesPerEvent):N0} | {Median(measured, r => r.Gen0):N0}/{Median(measured, r => r.Gen1):N0}/{Median(measured, r => r.Gen2):N0} | {Median(measured, r => r.CallerNanoseconds):N0} | {string.Join("; ", measured.Select(r => r.Verification).Distinct())} |"));
        }
        return 0;
    }

    /// <summary>Logs <paramref name="events"/> split evenly over <paramref name="threads"/> threads started together; returns the wall time.</summary>
    static TimeSpan LogOnThreads(IThroughputSubject subject, int events, int threads)
    {
        if (threads == 1)
        {
            var single = Stopwatch.StartNew();
            subject.Log(events);
            return single.Elapsed;
        }
        using var ready = new CountdownEvent(threads);
        using var start = new ManualResetEventSlim();
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var share = events / threads + (t < events % threads ? 1 : 0);
            workers[t] = new Thread(() =>
            {
                ready.Signal();
                start.Wait();
                subject.Log(share);
            }) { IsBackground = true, Name = "throughput-" + t };
            workers[t].Start();
        }
        ready.Wait();
        var clock = Stopwatch.StartNew();
        start.Set();
        foreach (var worker in workers)
            worker.Join();
        return clock.Elapsed;
    }

    static Result Measure(IThroughputSubject subject, int events, int threads)
    {
        var folder = Path.Combine(Path.GetTempPath(), "logkit-throughput", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            subject.Setup(folder);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var caller = LogOnThreads(subject, events, threads);
            subject.Finish();
            var total = clock.Elapsed;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

            var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
            return new Result(
                EventsPerSecond: events / total.TotalSeconds,
                MegabytesPerSecond: bytes / 1e6 / total.TotalSeconds,
                BytesPerEvent: (double)allocated / events,
                Gen0: GC.CollectionCount(0) - gen0,
                Gen1: GC.CollectionCount(1) - gen1,
                Gen2: GC.CollectionCount(2) - gen2,
                CallerNanoseconds: caller.TotalNanoseconds / events,
                Verification: Verify(folder, events));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Counts whole JSON lines across the files; reports what does not add up.</summary>
    static string Verify(string folder, int expected)
    {
        var lines = 0;
        var invalid = 0;
        var unterminated = 0;
        // A non-shared LogKit file sink keeps app.log.lock (its writer lock, holding a process id) beside the log.
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var content = File.ReadAllBytes(file);
            if (content.Length > 0 && content[^1] != (byte)'\n')
                unterminated++;
            var span = content.AsSpan();
            while (!span.IsEmpty)
            {
                var end = span.IndexOf((byte)'\n');
                var line = end < 0 ? span : span[..end];
                span = end < 0 ? default : span[(end + 1)..];
                if (line.IsEmpty)
                    continue;
                lines++;
                try
                {
                    var reader = new Utf8JsonReader(line);
                    while (reader.Read())
                    {
                    }
                    if (reader.BytesConsumed != line.TrimEnd((byte)'\r').Length)
                        invalid++;
                }
                catch (JsonException)
                {
                    invalid++;
                }
            }
        }

        if (lines == expected && invalid == 0 && unterminated == 0)
            return "ok";
        return $"FAILED: {lines:N0} lines of {expected:N0}, {invalid:N0} invalid, {unterminated} file(s) ending mid-line";
    }

    static double Median(List<Result> runs, Func<Result, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    static string RuntimeInformationText()
        => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, server GC {System.Runtime.GCSettings.IsServerGC}";

    sealed record Result(double EventsPerSecond, double MegabytesPerSecond, double BytesPerEvent, int Gen0, int Gen1, int Gen2, double CallerNanoseconds, string Verification);
}
