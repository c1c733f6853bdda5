using System.Diagnostics;
using LogKit.Tests.Support;
using Serilog;
using Serilog.Events;

namespace LogKit.Tests.Reading;

public class ClefFileTests
{
    [Fact]
    public void ReadsBackWhatTheFileSinkWrote()
    {
        using var folder = TempFolder.ForCaller();
        using var activity = new Activity("read").SetIdFormat(ActivityIdFormat.W3C).Start();
        var exception = new InvalidOperationException("broken");
        using (var log = new FileTestPipeline(folder.File("app.log")))
        using (LogContext.Push("RequestId", "r-9"))
        {
            log.Logger.Information("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m);
            log.Logger.Error(exception, "Failed {@Order} {Tags} {@Weird}", new { Id = 7, Total = 1.5 }, new[] { "a", "b" }, new Dictionary<string, int> { ["@x"] = 1 });
        }

        var events = ClefFile.ReadEvents(folder.File("app.log")).ToList();

        events.Should().HaveCount(2);
        events[0].RenderMessage().Should().Be("User 42 bought 3 x \"Widget\" for 19.99");
        events[0].Properties["RequestId"].Should().Be(new ScalarValue("r-9"));
        events[0].Level.Should().Be(LogEventLevel.Information);
        events[0].TraceId.Should().Be(activity.TraceId);
        events[1].Level.Should().Be(LogEventLevel.Error);
        events[1].Exception!.ToString().Should().Be(exception.ToString());
        events[1].Properties["Order"].Should().BeOfType<StructureValue>().Which.Properties.Select(p => p.Name).Should().Equal("Id", "Total");
        events[1].Properties["Tags"].ToString().Should().Be("[\"a\", \"b\"]");
    }

    [Fact]
    public void ATornLastLineIsReportedAsTornAndNotAsCorruption()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        System.IO.File.WriteAllText(path, "{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"one\"}\n{\"@t\":\"2026-11-25T10:00:01Z\",\"@mt\":\"tw");

        ClefFile.ReadEvents(path).Select(e => e.MessageTemplate.Text).Should().Equal("one");

        var invalid = new List<InvalidClefLine>();
        ClefFile.ReadEvents(path, invalid.Add).Should().ContainSingle();
        invalid.Should().ContainSingle().Which.Should().Match<InvalidClefLine>(l => l.IsTorn && l.LineNumber == 2);
    }

    [Fact]
    public void ATornLineFollowedByEventsAppendedAfterARestartIsStillATornLine()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        System.IO.File.WriteAllText(path, "{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"one\"}\n{\"@t\":\"2026-11-25T10:00:01Z\",\"@m");
        using (var log = new FileTestPipeline(path))
            log.Logger.Information("after restart");

        var invalid = new List<InvalidClefLine>();
        ClefFile.ReadEvents(path, invalid.Add).Select(e => e.MessageTemplate.Text).Should().Equal("one", "after restart");
        invalid.Should().ContainSingle().Which.IsTorn.Should().BeTrue();
        ClefFile.ReadEvents(path).Should().HaveCount(2, "a torn line is skipped, not thrown on");
    }

    [Fact]
    public void AnInvalidLineInTheMiddleIsCorruption()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        System.IO.File.WriteAllText(path, "{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"one\"}\nnot json\n{\"@t\":\"2026-11-25T10:00:02Z\",\"@mt\":\"three\"}\n");

        FluentActions.Invoking(() => ClefFile.ReadEvents(path).ToList()).Should().Throw<InvalidDataException>().WithMessage("*:2 is not a CLEF event*");

        var invalid = new List<InvalidClefLine>();
        ClefFile.ReadEvents(path, invalid.Add).Select(e => e.MessageTemplate.Text).Should().Equal("one", "three");
        invalid.Should().ContainSingle().Which.IsTorn.Should().BeFalse();
    }

    [Fact]
    public void ListsARollingLogsFilesOldestFirstArchivesIncluded()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 400; o.Compression = FileCompression.GZip; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 20; i++)
                log.Logger.Information("Event {Number}", i);
            log.Settle();
        }
        System.IO.File.WriteAllText(folder.File("unrelated.log"), "x");

        var files = ClefFile.ListLogFiles(folder.File("app.log"));

        files.Select(Path.GetFileName).Should().StartWith(["app.log.gz", "app_001.log.gz"]).And.NotContain("unrelated.log");
        files.SelectMany(f => ClefFile.ReadEvents(f)).Select(e => ((ScalarValue)e.Properties["Number"]).Value).Should().Equal(Enumerable.Range(0, 20).Select(i => (object)(long)i));
    }

    [Fact]
    public void ListsStableActiveAndDailyLogs()
    {
        using var folder = TempFolder.ForCaller();
        foreach (var name in new[] { "app.log", "app.2.log", "app.1.log.gz", "app.10.log" })
            System.IO.File.WriteAllText(folder.File(name), "");
        ClefFile.ListLogFiles(folder.File("app.log"), naming: FileNaming.StableActive).Select(Path.GetFileName)
            .Should().Equal("app.1.log.gz", "app.2.log", "app.10.log", "app.log");

        using var daily = TempFolder.ForCaller();
        foreach (var name in new[] { "app20261126.log", "app20261125_001.log", "app20261125.log" })
            System.IO.File.WriteAllText(daily.File(name), "");
        ClefFile.ListLogFiles(daily.File("app.log"), RollingInterval.Day).Select(Path.GetFileName)
            .Should().Equal("app20261125.log", "app20261125_001.log", "app20261126.log");
    }
}
