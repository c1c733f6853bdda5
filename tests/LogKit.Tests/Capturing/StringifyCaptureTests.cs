using System.Globalization;
using CsCheck;
using LogKit.Tests.Support;
using Serilog;
using Serilog.Events;

namespace LogKit.Tests.Capturing;

/// <summary>
/// <c>{$X}</c> on the generic overloads: a value whose <c>ToString()</c> throws (a date the current
/// culture's calendar cannot show) is written with Serilog's text, never lost.
/// </summary>
public class StringifyCaptureTests
{
    static readonly CultureInfo s_umAlQura = CultureInfo.GetCultureInfo("ar-SA");

    [Fact]
    public void TheCultureUnderTestCannotShowEveryDate()
    {
        // Guards the premise of the tests below: ar-SA's calendar ends in 2077.
        var show = () => DateTime.MaxValue.ToString(s_umAlQura);
        show.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void NoEventIsLostWhenStringifyingAGenericScalarThrows()
    {
        var gen = Gen.Select(Gen.DateTime, Gen.Int[0, 3], Gen.Int[1, 4]);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = s_umAlQura;
            gen.Sample((when, position, count) =>
            {
                var (pipeline, sink) = TestPipeline.WithCollectingSink();
                using (pipeline)
                    Write(pipeline.Logger, when, position % count, count);

                var written = sink.Events.Should().ContainSingle("every call writes its event").Subject;
                var actual = ((ScalarValue)written.Properties["When"]).Value;
                actual.Should().Be(SerilogStringifies(when));
            }, iter: 300);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TheThrowingValueGetsSerilogsText()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = s_umAlQura;
            var (pipeline, sink) = TestPipeline.WithCollectingSink();
            using (pipeline)
                pipeline.Logger.Information("At {$When}", DateTimeOffset.MaxValue);

            ((ScalarValue)sink.SingleEvent.Properties["When"]).Value
                .Should().Be("Capturing the property value threw an exception: ArgumentOutOfRangeException");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    static void Write(Serilog.ILogger logger, DateTime when, int position, int count)
    {
        // The generic overloads with the stringified value at every position.
        var names = Enumerable.Range(0, count).Select(i => i == position ? "{$When}" : "{P" + i + "}");
        var template = string.Join(" ", names);
        object? Arg(int i) => i == position ? when : i;
        switch (count)
        {
            case 1: logger.Information(template, when); break;
            case 2:
                if (position == 0) logger.Information(template, when, 1);
                else logger.Information(template, 0, when);
                break;
            case 3:
                if (position == 0) logger.Information(template, when, 1, 2);
                else if (position == 1) logger.Information(template, 0, when, 2);
                else logger.Information(template, 0, 1, when);
                break;
            default:
                // Four arguments go through the params path; kept as the oracle of the same rule.
                logger.Information(template, Arg(0), Arg(1), Arg(2), Arg(3));
                break;
        }
    }

    static object? SerilogStringifies(DateTime when)
    {
        using var serilog = new LoggerConfiguration().CreateLogger();
        serilog.BindMessageTemplate("{$When}", [when], out _, out var properties).Should().BeTrue();
        return ((ScalarValue)properties!.Single().Value).Value;
    }
}
