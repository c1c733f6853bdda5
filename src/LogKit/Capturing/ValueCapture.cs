using LogKit.Redaction;
using Serilog;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Capturing;

/// <summary>
/// Converts values to Serilog property values with Serilog's own rules (scalars, collections,
/// <c>{@Destructure}</c>, <c>{$Stringify}</c>, depth limits, exceptions from property getters
/// or <c>ToString</c> caught and recorded) by binding them through a private Serilog logger.
/// Common scalars are short-circuited: for them Serilog would build a plain <see cref="ScalarValue"/>.
/// </summary>
internal static class ValueCapture
{
    // A logger with no sinks: used only for its capturing rules (BindMessageTemplate never writes).
    // Redaction's policy leaves out or classifies members marked for it, at any depth.
    static readonly Serilog.Core.Logger s_binder = new LoggerConfiguration().Destructure.With(new ClassifiedDestructuringPolicy()).CreateLogger();


    public static LogEventPropertyValue Capture(object? value, Destructuring hint = Destructuring.Default)
    {
        if (value is null)
            return ScalarValue.Null;

        if (hint != Destructuring.Stringify && IsBuiltInScalar(value))
            return new ScalarValue(value);

        // A type with members marked for redaction, or holding one at any depth, is destructured even without
        // '@', and with '$' it is the destructured value's text: its ToString() (a record's prints every member,
        // nested records' too) would show what the marks hide.
        if (hint != Destructuring.Destructure && ClassifiedTypes.ReachesMarked(value.GetType()))
        {
            var destructured = CaptureThroughSerilog(value, Destructuring.Destructure);
            return hint == Destructuring.Stringify ? new ScalarValue(destructured.ToString()) : destructured;
        }

        return CaptureThroughSerilog(value, hint);
    }

    /// <summary>The types Serilog itself keeps as scalars without any policy work.</summary>
    public static bool IsBuiltInScalar(object value) => ScalarKinds.IsScalar(value);

    static LogEventPropertyValue CaptureThroughSerilog(object value, Destructuring hint)
    {
        var template = hint switch
        {
            Destructuring.Destructure => "{@V}",
            Destructuring.Stringify => "{$V}",
            _ => "{V}",
        };
        if (s_binder.BindMessageTemplate(template, [value], out _, out var properties))
        {
            foreach (var property in properties)
                return property.Value;
        }
        return ScalarValue.Null;
    }

    /// <summary>
    /// Binds a whole template the way Serilog does (positional templates, argument-count
    /// mismatches, repeated names). The fast path covers everything else.
    /// </summary>
    public static void BindTemplate(string template, object?[] args, out MessageTemplate parsed, out LogEventProperty[] properties)
    {
        bool bound_;
        MessageTemplate? parsedTemplate;
        IEnumerable<LogEventProperty>? bound;
        try
        {
            bound_ = s_binder.BindMessageTemplate(template, args, out parsedTemplate, out bound);
        }
        catch (Exception ex)
        {
            // Serilog's binder lets a throwing ToString() escape (extra and positional arguments): the
            // value that throws is replaced by Serilog's own text for it, so the event is not lost.
            SelfLog.WriteLine("Exception caught while binding template {0}: {1}", template, ex);
            var guarded = (object?[])args.Clone();
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] is { } value && !IsBuiltInScalar(value) && Throws(template, args, i) is { } problem)
                    guarded[i] = problem;
            }
            bound_ = s_binder.BindMessageTemplate(template, guarded, out parsedTemplate, out bound);
        }
        if (bound_ && parsedTemplate != null && bound != null)
        {
            parsed = parsedTemplate;
            properties = bound as LogEventProperty[] ?? bound.ToArray();
            RecaptureMarked(parsedTemplate, args, properties);
            return;
        }
        parsed = MessageTemplate.Empty;
        properties = [];
    }

    /// <summary>
    /// Serilog's binder writes a value without <c>@</c> by its <c>ToString()</c>: a value whose type has
    /// members marked for redaction, at any depth, is captured again as <see cref="Capture"/> captures it.
    /// Serilog binds named holes to the arguments in order, positional ones by their number, and names the
    /// extra arguments <c>__N</c>.
    /// </summary>
    static void RecaptureMarked(MessageTemplate template, object?[] args, LogEventProperty[] properties)
    {
        if (!Array.Exists(args, static arg => arg != null && !IsBuiltInScalar(arg) && ClassifiedTypes.ReachesMarked(arg.GetType())))
            return;
        var tokens = template.Tokens.OfType<PropertyToken>().ToArray();
        var positional = tokens.Length > 0 && tokens.All(t => t.IsPositional);
        for (var i = 0; i < properties.Length; i++)
        {
            var name = properties[i].Name;
            PropertyToken? token = null;
            int index;
            if (name.StartsWith("__", StringComparison.Ordinal) && int.TryParse(name.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
            {
            }
            else if (positional && int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
            {
                token = tokens.FirstOrDefault(t => t.PropertyName == name);
            }
            else if (!positional && i < tokens.Length)
            {
                token = tokens[i];
                index = i;
            }
            else
            {
                continue;
            }
            if (index < args.Length && args[index] is { } value && !IsBuiltInScalar(value) && ClassifiedTypes.ReachesMarked(value.GetType()))
                properties[i] = new LogEventProperty(name, Capture(value, token?.Destructuring ?? Destructuring.Default));
        }
    }

    /// <summary>Serilog's text for argument <paramref name="index"/> when binding it (alone, in its place) throws; otherwise null.</summary>
    static string? Throws(string template, object?[] args, int index)
    {
        var alone = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
            alone[i] = i == index || args[i] is null || IsBuiltInScalar(args[i]!) ? args[i] : null;
        try
        {
            s_binder.BindMessageTemplate(template, alone, out _, out _);
            return null;
        }
        catch (Exception ex)
        {
            return "Capturing the property value threw an exception: " + ex.GetType().Name;
        }
    }

    /// <summary>
    /// <c>ToString()</c> for <c>{$Name}</c>, guarded as Serilog guards it: a throwing <c>ToString()</c>
    /// (say, a date the current culture's calendar cannot show) gives Serilog's text instead of losing the event.
    /// </summary>
    public static string Stringify(object? value)
    {
        try
        {
            return value?.ToString() ?? "";
        }
        catch (Exception ex)
        {
            SelfLog.WriteLine("Exception caught while converting property value: {0}", ex);
            return "Capturing the property value threw an exception: " + ex.GetType().Name;
        }
    }

    /// <summary>Whether Serilog accepts <paramref name="name"/> as a property name.</summary>
    public static bool IsValidName(string? name) => LogEventProperty.IsValidName(name);
}
