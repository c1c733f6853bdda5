using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using LogKit.Capturing;
using LogKit.Context;
using LogKit.Redaction;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// Ambient properties added to every event written inside a scope, on every sink and every
/// pipeline. The scope flows with the logical call: across <c>await</c>, into <c>Task.Run</c>,
/// <c>Parallel.For</c> and threads started from it. No enricher needs to be configured.
/// </summary>
/// <example>
/// <code>
/// using (LogContext.Push("RequestId", requestId))
/// {
///     Log.Information("Handling {Path}", path);   // carries RequestId
///     await next();                                // and so does everything logged in here
/// }
/// </code>
/// </example>
/// <remarks>
/// Values are captured when pushed (with Serilog's capturing rules), not when each event is
/// written, so an object mutated later is logged as it was at the push. Nested pushes of the
/// same name shadow the outer value until they are disposed. Disposing scopes out of order removes
/// exactly the disposed scope's properties. Serilog's own <c>Serilog.Context.LogContext</c> is a
/// separate stack and is not read by LogKit.
/// </remarks>
public static class LogContext
{
    static readonly AsyncLocal<ContextFrame?> s_current = new();
    static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_readableProperties = new();

    internal static ContextFrame? CurrentFrame
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>The properties visible here, innermost first.</summary>
    internal static PropertySet Current => s_current.Value?.Visible ?? PropertySet.Empty;

    /// <summary>Adds one property until the returned scope is disposed.</summary>
    /// <param name="name">The property name; a valid Serilog property name (not null or empty).</param>
    /// <param name="value">The value, captured now with Serilog's rules; may be null.</param>
    /// <param name="destructureObjects">When true, a complex value is captured as a structure (like <c>{@Value}</c>) instead of its <c>ToString()</c>.</param>
    /// <returns>A scope; disposing it removes the property. A second dispose does nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    public static IDisposable Push(string name, object? value, bool destructureObjects = false)
    {
        ThrowIfInvalidName(name, nameof(name));
        return PushCore([new CapturedProperty(name, value, destructureObjects)]);
    }

    /// <summary>
    /// Adds each public readable property of <paramref name="properties"/> (an anonymous object, a
    /// record, any class) or each entry of a dictionary, until the returned scope is disposed.
    /// </summary>
    /// <param name="properties">An object whose public properties become log properties, or an <see cref="IDictionary"/> whose keys are names.</param>
    /// <returns>A scope; disposing it removes all of the properties together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="properties"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="properties"/> is a scalar such as a string or number: use <see cref="Push(string, object?, bool)"/> to give it a name.</exception>
    public static IDisposable Push(object properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (ValueCapture.IsBuiltInScalar(properties))
            throw new ArgumentException($"A {properties.GetType().Name} has no named properties to push. Use LogContext.Push(name, value) to push a single value.", nameof(properties));

        if (properties is IDictionary dictionary)
            return PushCore(FromDictionary(dictionary));
        if (properties is IEnumerable<KeyValuePair<string, object?>> pairs)
            return Push(pairs);
        return PushCore(FromObject(properties));
    }

    /// <summary>Adds each name and value of <paramref name="properties"/> until the returned scope is disposed.</summary>
    /// <param name="properties">Names and values; an entry with an invalid (null or empty) name is skipped.</param>
    /// <returns>A scope; disposing it removes all of the properties together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="properties"/> is null.</exception>
    public static IDisposable Push(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var captured = new List<CapturedProperty>();
        foreach (var (name, value) in properties)
        {
            if (ValueCapture.IsValidName(name))
                captured.Add(new CapturedProperty(name, value, destructureObjects: false));
        }
        return PushCore(captured.ToArray());
    }

    /// <summary>Hides every pushed property until the returned scope is disposed (for work that must not inherit the caller's context).</summary>
    /// <returns>A scope; disposing it restores the context as it was.</returns>
    public static IDisposable Suspend()
    {
        var saved = s_current.Value;
        s_current.Value = null;
        return new SuspendScope(saved);
    }

    /// <summary>
    /// Adds properties whose values are already captured, until the returned scope is disposed: for
    /// adapters (such as the Microsoft.Extensions.Logging scope mapping) that capture with
    /// <see cref="Serilog.ILogger.BindProperty"/> or build Serilog values themselves.
    /// </summary>
    /// <param name="properties">The properties, used as they are; a null entry is skipped. An array or list is read
    /// by index (no enumerator), so an adapter can fill an array, leaving unused slots null, and push it as it is.</param>
    /// <returns>A scope; disposing it removes all of the properties together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="properties"/> is null.</exception>
    public static IDisposable Push(IEnumerable<LogEventProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return PushCore(Wrap(properties));
    }

    /// <summary>The value of the innermost pushed property named <paramref name="name"/> that is visible here.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The captured value, when there is one.</param>
    /// <returns>True when a property of that name is in the current context.</returns>
    public static bool TryGetValue(string name, [NotNullWhen(true)] out LogEventPropertyValue? value)
    {
        foreach (var property in Current.Items)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    static ContextScope PushCore(CapturedProperty[] properties)
    {
        var scope = new ContextScope();
        s_current.Value = ContextFrame.Push(s_current.Value, properties, scope);
        return scope;
    }

    static CapturedProperty[] Wrap(IEnumerable<LogEventProperty> properties)
    {
        if (properties is LogEventProperty?[] array)
            return Wrap(array);
        if (properties is IReadOnlyList<LogEventProperty?> list)
        {
            var count = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] != null)
                    count++;
            }
            var captured = new CapturedProperty[count];
            for (int i = 0, next = 0; next < count; i++)
            {
                if (list[i] is { } property)
                    captured[next++] = new CapturedProperty(property);
            }
            return captured;
        }

        var wrapped = new List<CapturedProperty>();
        foreach (var property in properties)
        {
            if (property != null)
                wrapped.Add(new CapturedProperty(property));
        }
        return wrapped.ToArray();
    }

    // The same as the list case, without interface calls (an adapter's array is the common case).
    static CapturedProperty[] Wrap(LogEventProperty?[] properties)
    {
        var count = 0;
        foreach (var property in properties)
        {
            if (property != null)
                count++;
        }
        var captured = new CapturedProperty[count];
        var next = 0;
        foreach (var property in properties)
        {
            if (property != null)
                captured[next++] = new CapturedProperty(property);
        }
        return captured;
    }

    static CapturedProperty[] FromDictionary(IDictionary dictionary)
    {
        var captured = new List<CapturedProperty>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            var name = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture);
            if (ValueCapture.IsValidName(name))
                captured.Add(new CapturedProperty(name!, entry.Value, destructureObjects: false));
        }
        return captured.ToArray();
    }

    static CapturedProperty[] FromObject(object source)
    {
        var marked = ClassifiedTypes.For(source.GetType());
        if (marked.HasMarkedMembers)
            return FromMarkedObject(source, marked);

        var properties = s_readableProperties.GetOrAdd(source.GetType(), static type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            // Public getters only, as Serilog's destructuring: a private getter is often private for a reason.
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToArray());

        var captured = new CapturedProperty[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            object? value;
            try
            {
                value = properties[i].GetValue(source);
            }
            catch (TargetInvocationException ex)
            {
                value = "The property accessor threw an exception: " + ex.InnerException?.GetType().Name;
            }
            captured[i] = new CapturedProperty(properties[i].Name, value, destructureObjects: false);
        }
        return captured;
    }

    // Members marked for redaction: left out ([NotLogged]) or captured as their redacted value.
    static CapturedProperty[] FromMarkedObject(object source, ClassifiedTypes marked)
    {
        var captured = new List<CapturedProperty>(marked.Members.Length);
        foreach (var member in marked.Members)
        {
            if (member.Kind == ClassifiedTypes.MemberKind.NotLogged)
                continue;
            object? value;
            try
            {
                value = member.Property.GetValue(source);
            }
            catch (TargetInvocationException ex)
            {
                value = "The property accessor threw an exception: " + ex.InnerException?.GetType().Name;
            }
            captured.Add(new CapturedProperty(new LogEventProperty(member.Property.Name, member.Classify(ValueCapture.Capture(value)))));
        }
        return captured.ToArray();
    }

    static void ThrowIfInvalidName(string name, string parameter)
    {
        if (!ValueCapture.IsValidName(name))
            throw new ArgumentException("A context property needs a non-empty name, for example LogContext.Push(\"RequestId\", id).", parameter);
    }

    sealed class SuspendScope(ContextFrame? saved) : IDisposable
    {
        int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            // Scopes disposed while suspended stay gone when the saved stack comes back.
            var restored = saved;
            for (var frame = saved; frame != null; frame = frame.Parent)
            {
                if (frame.Owner.IsDisposed)
                    restored = ContextFrame.Without(restored, frame.Owner);
            }
            s_current.Value = restored;
        }
    }
}
