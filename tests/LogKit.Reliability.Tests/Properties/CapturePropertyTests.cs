using System.Globalization;
using CsCheck;
using LogKit.Reliability.Tests.Support;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Properties;

/// <summary>
/// Random calls (templates valid and malformed, any argument values, bound and context properties,
/// several cultures) through LogKit and through Serilog's own logger: LogKit never throws and builds
/// exactly the event Serilog builds.
/// </summary>
public class CapturePropertyTests
{
    public sealed record Call(string Template, object?[] Args, LogEventLevel Level, CultureInfo Culture, (string Name, object? Value, bool Destructure)[] Bound, (string Name, object? Value)[] Context)
    {
        public override string ToString()
            => $"{Level} \"{Generators.Escape(Template)}\" args [{string.Join(", ", Args.Select(Generators.Show))}] in '{Culture.Name}'"
               + $" bound [{string.Join(", ", Bound.Select(b => (b.Destructure ? "@" : "") + b.Name + "=" + Generators.Show(b.Value)))}]"
               + $" context [{string.Join(", ", Context.Select(c => c.Name + "=" + Generators.Show(c.Value)))}]";
    }

    static readonly Gen<Call> Calls =
        from template in Generators.Template
        from args in Generators.Value.Array[0, 5]
        from level in Gen.Enum<LogEventLevel>()
        from culture in Gen.OneOf(PropertyRuns.Cultures.Select(Gen.Const).ToArray())
        from bound in Gen.Select(Generators.Name, Generators.WellBehavedValue, Gen.Bool).Array[0, 2]
        from context in Gen.Select(Generators.Name, Generators.WellBehavedValue).Array[0, 2]
        select new Call(template, args, level, culture, bound, context);

    [Fact]
    public void LoggingNeverThrowsAndCapturesExactlyWhatSerilogCaptures()
    {
        Calls.Sample(call =>
        {
            var actual = PropertyRuns.InCulture(call.Culture, () => Oracle.LogKitEvent(log => WriteWithLogKitContext(log, call)));
            actual.Should().NotBeNull("LogKit writes an event for every call");

            LogEvent? expected;
            try
            {
                expected = PropertyRuns.InCulture(call.Culture, () => Oracle.SerilogEvent(log => WriteWithSerilogContext(log, call)));
            }
            catch (InvalidOperationException ex) when (ex.Message is "ToString failed")
            {
                // Serilog's own capture throws into the caller when a value's ToString throws: no
                // oracle for this call, and LogKit has already shown that it writes the event.
                return;
            }
            expected.Should().NotBeNull("Serilog writes an event for every non-null template");
            Same.Descriptions(PropertyRuns.InCulture(call.Culture, () => Oracle.Describe(actual!)), PropertyRuns.InCulture(call.Culture, () => Oracle.Describe(expected!)));
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(1500), print: c => c.ToString());
    }

    [Fact]
    public void GenericOverloadsCaptureExactlyWhatTheParamsOverloadCaptures()
    {
        var calls = Calls.Where(c => c.Args.Length is >= 1 and <= 3);
        calls.Sample(call =>
        {
            var expected = PropertyRuns.InCulture(call.Culture, () => Oracle.LogKitEvent(log => log.Write(call.Level, call.Template, call.Args)));
            var actual = PropertyRuns.InCulture(call.Culture, () => Oracle.LogKitEvent(log => CallGeneric(log, call.Level, call.Template, call.Args)));

            actual.Should().NotBeNull("no value, not even one whose ToString throws, loses the event");
            Same.Descriptions(PropertyRuns.InCulture(call.Culture, () => Oracle.Describe(actual!)), PropertyRuns.InCulture(call.Culture, () => Oracle.Describe(expected!)));
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(1000), print: c => c.ToString());
    }

    [Fact]
    public void ANullTemplateWritesAnEventWithAnEmptyTemplateWhereSerilogWritesNone()
    {
        // An intended difference from Serilog: a call is never lost, even a broken one.
        Generators.Value.Array[0, 3].Sample(args =>
        {
            Oracle.SerilogEvent(log => log.Information(null!, args)).Should().BeNull();
            var written = Oracle.LogKitEvent(log => log.Information(null!, args));
            written.Should().NotBeNull();
            written!.MessageTemplate.Text.Should().BeEmpty();
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(200), print: a => string.Join(", ", a.Select(Generators.Show)));
    }

    static void WriteWithSerilogContext(Serilog.ILogger log, Call call)
    {
        foreach (var (name, value, destructure) in call.Bound)
            log = log.ForContext(name, value, destructure);
        var pushed = call.Context.Select(c => Serilog.Context.LogContext.PushProperty(c.Name, c.Value)).ToList();
        try
        {
            log.Write(call.Level, call.Template, call.Args);
        }
        finally
        {
            pushed.Reverse();
            pushed.ForEach(p => p.Dispose());
        }
    }

    static void WriteWithLogKitContext(Serilog.ILogger log, Call call)
    {
        foreach (var (name, value, destructure) in call.Bound)
            log = log.ForContext(name, value, destructure);
        var pushed = call.Context.Select(c => LogContext.Push(c.Name, c.Value)).ToList();
        try
        {
            log.Write(call.Level, call.Template, call.Args);
        }
        finally
        {
            pushed.Reverse();
            pushed.ForEach(p => p.Dispose());
        }
    }

    /// <summary>Calls the generic overload with each argument's runtime type as its static type, as user code would.</summary>
    static void CallGeneric(Serilog.ILogger log, LogEventLevel level, string template, object?[] args)
    {
        var method = typeof(CapturePropertyTests).GetMethod("Generic" + args.Length, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(args.Select(a => a?.GetType() ?? typeof(object)).ToArray());
        method.Invoke(null, [log, level, template, .. args]);
    }

    static void Generic1<T0>(Serilog.ILogger log, LogEventLevel level, string t, T0 a) => log.Write(level, t, a);

    static void Generic2<T0, T1>(Serilog.ILogger log, LogEventLevel level, string t, T0 a, T1 b) => log.Write(level, t, a, b);

    static void Generic3<T0, T1, T2>(Serilog.ILogger log, LogEventLevel level, string t, T0 a, T1 b, T2 c) => log.Write(level, t, a, b, c);
}
