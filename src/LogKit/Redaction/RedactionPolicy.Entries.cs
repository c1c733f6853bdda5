using LogKit.Capturing;
using LogKit.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Redaction;

/// <summary>
/// Applying the policy to an event on its way through the pipeline, before any filter or sink sees it.
/// Per-event work is kept to what the event carries: which template holes are redacted by name is worked
/// out once per template, and bound, context and pipeline-wide property sets are redacted once per set
/// (they are shared by every event that carries them); scalars other than strings cost a type test.
/// </summary>
internal sealed partial class RedactionPolicy
{
    /// <summary>Redacts the entry's template values, bound, context and pipeline-wide properties and exception, in place.</summary>
    public void Redact(ref LogEntry entry)
    {
        var plan = PlanFor(entry.Template);
        if (plan.Masked is { } masked)
            entry.Template = masked;

        if (entry.TemplateProperties is { } bound)
        {
            for (var i = 0; i < bound.Length; i++)
                bound[i] = Redact(bound[i]);
        }
        else if (!entry.Args.IsEmpty)
        {
            RedactArgs(entry.Template, entry.Args, plan.ByName);
        }

        if (!entry.Bound.IsEmpty)
            entry.Bound = Redact(entry.Bound);
        if (!entry.Context.IsEmpty)
            entry.Context = Redact(entry.Context);
        if (!entry.Global.IsEmpty)
            entry.Global = Redact(entry.Global);
        if (entry.Exception is { } exception)
            entry.Exception = Redact(exception);
    }

    /// <summary>
    /// When redacting an event failed (a bug, or a value whose capture throws in a way nothing else caught):
    /// the event is still written, with every value it carries replaced by <see cref="FailureMarker"/>, rather
    /// than lost or written unredacted. The failure goes to SelfLog and the failure count.
    /// </summary>
    public static void FailClosed(ref LogEntry entry, Exception failure)
    {
        RedactionFailures.Count();
        Serilog.Debugging.SelfLog.WriteLine("LogKit could not redact an event with template {0}; its values are written as {1}: {2}", entry.Template.Text, FailureMarker, failure);
        if (entry.TemplateProperties is { } bound)
        {
            for (var i = 0; i < bound.Length; i++)
                bound[i] = new LogEventProperty(bound[i].Name, new ScalarValue(FailureMarker));
        }
        for (var i = 0; i < entry.Args.Length; i++)
            ArgValue.SetObject(ref entry.Args[i], FailureMarker);
        entry.Bound = PropertySet.Empty;
        entry.Context = PropertySet.Empty;
        entry.Global = PropertySet.Empty;
        if (entry.Exception != null)
            entry.Exception = new InvalidOperationException(FailureMarker + " " + entry.Exception.GetType().FullName);
    }

    void RedactArgs(CachedTemplate template, Span<ArgValue> args, bool[]? byName)
    {
        var tokens = template.Properties;
        for (var i = 0; i < args.Length; i++)
        {
            ref var arg = ref args[i];
            if (byName != null && byName[i])
            {
                MaskArg(ref arg, tokens[i].Destructuring);
                continue;
            }
            // Numbers, dates, Guids and the other unboxed scalars hold no text: one comparison each.
            if (arg.Kind >= ArgKind.Boolean || arg.Kind == ArgKind.Null)
                continue;
            if (arg.Kind == ArgKind.String)
            {
                var text = System.Runtime.CompilerServices.Unsafe.As<string>(arg.Reference!);
                if (CredentialMasker.MayContainCredential(text))
                    arg.Reference = Values.MaskCredentials(text);
                continue;
            }
            RedactReference(ref arg, tokens[i].Destructuring);
        }
    }

    void RedactReference(ref ArgValue arg, Destructuring hint)
    {
        if (arg.Kind == ArgKind.PropertyValue)
        {
            arg.Reference = Redact((LogEventPropertyValue)arg.Reference!);
            return;
        }
        if (ValueCapture.IsBuiltInScalar(arg.Reference!) && hint != Destructuring.Stringify)
            return;
        // Captured now rather than when a sink formats it: the captured value is what is redacted, and the
        // sinks would capture it anyway.
        arg.Reference = Redact(ValueCapture.Capture(arg.Reference, hint));
        arg.Kind = ArgKind.PropertyValue;
    }

    void MaskArg(ref ArgValue arg, Destructuring hint)
    {
        if (_redactor is null)
        {
            ArgValue.SetObject(ref arg, CredentialMasker.Mask);
            return;
        }
        var value = arg.Kind switch
        {
            ArgKind.Null => ScalarValue.Null,
            ArgKind.PropertyValue => (LogEventPropertyValue)arg.Reference!,
            ArgKind.Object => ValueCapture.Capture(arg.Reference, hint),
            _ => new ScalarValue(arg.ToObject()),
        };
        ArgValue.SetObject(ref arg, MaskedText(ClassifiedValue.Text(value)));
    }

    /// <summary>
    /// What the policy does to a template, worked out once per template and policy: which holes are redacted
    /// by name, and the template with credentials in its text masked (a template built at run time,
    /// <c>"Connecting to " + connectionString</c>), or null when its text holds none.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    TemplatePlan PlanFor(CachedTemplate template)
        => Volatile.Read(ref template.RedactionCache) is TemplatePlan plan && ReferenceEquals(plan.Policy, this) ? plan : Plan(template);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    TemplatePlan Plan(CachedTemplate template)
    {
        var tokens = template.Properties;
        var byName = new bool[tokens.Length];
        var any = false;
        for (var i = 0; i < tokens.Length; i++)
            any |= byName[i] = Names.Matches(tokens[i].PropertyName);
        var plan = new TemplatePlan(this, any ? byName : null, MaskText(template));
        Volatile.Write(ref template.RedactionCache, plan);
        return plan;
    }

    /// <summary>The event's template with credentials in its text masked, or the template itself.</summary>
    public MessageTemplate Redact(MessageTemplate template)
    {
        var cached = TemplateCache.Get(template.Text);
        return PlanFor(cached).Masked?.Template ?? template;
    }

    CachedTemplate? MaskText(CachedTemplate template)
    {
        if (!CredentialMasker.MayContainCredential(template.Text))
            return null;
        var text = new System.Text.StringBuilder(template.Text.Length);
        var changed = false;
        foreach (var token in template.Template.Tokens)
        {
            if (token is TextToken literal)
            {
                var masked = Values.MaskCredentials(literal.Text);
                changed |= !ReferenceEquals(masked, literal.Text);
                text.Append(masked.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
            }
            else
            {
                text.Append(token.ToString());
            }
        }
        if (!changed)
            return null;
        var result = CachedTemplate.Parse(text.ToString());
        // The holes must be the same, in the same order, for the captured arguments to bind as before.
        return result.Properties.Select(p => p.ToString()).SequenceEqual(template.Properties.Select(p => p.ToString())) ? result : null;
    }

    /// <summary>The set with its properties redacted, worked out once per set and policy.</summary>
    public PropertySet Redact(PropertySet set)
    {
        if (set.IsEmpty)
            return set;
        if (Volatile.Read(ref set.RedactionCache) is Redacted<PropertySet> cached && ReferenceEquals(cached.Policy, this))
            return cached.Result;

        var items = set.Items;
        CapturedProperty[]? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var redacted = Redact(items[i]);
            if (changed is null && !ReferenceEquals(redacted, items[i]))
            {
                changed = new CapturedProperty[items.Length];
                Array.Copy(items, changed, i);
            }
            if (changed != null)
                changed[i] = redacted;
        }
        var result = changed is null ? set : PropertySet.FromDistinct(changed);
        Volatile.Write(ref set.RedactionCache, new Redacted<PropertySet>(this, result));
        return result;
    }

    CapturedProperty Redact(CapturedProperty property)
    {
        if (Volatile.Read(ref property.RedactionCache) is Redacted<CapturedProperty> cached && ReferenceEquals(cached.Policy, this))
            return cached.Result;
        var redacted = Redact(property.Property);
        var result = ReferenceEquals(redacted, property.Property) ? property : new CapturedProperty(redacted);
        Volatile.Write(ref property.RedactionCache, new Redacted<CapturedProperty>(this, result));
        return result;
    }

    /// <summary>
    /// Redacts, in place, the properties of an event that are not in <paramref name="alreadyRedacted"/> by
    /// the same value: all of them when it is null (an event built elsewhere), otherwise those that
    /// enrichers added or replaced. Redacted values are never redacted twice (a custom redactor's output
    /// would be redacted again).
    /// </summary>
    public void RedactProperties(LogEvent logEvent, IReadOnlyDictionary<string, LogEventPropertyValue>? alreadyRedacted = null)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (alreadyRedacted != null && alreadyRedacted.TryGetValue(name, out var before) && ReferenceEquals(before, value))
                continue;
            var redacted = value is not ClassifiedValue && Names.Matches(name) ? MaskedValue(value) : Redact(value);
            if (!ReferenceEquals(redacted, value))
                (changed ??= []).Add(new LogEventProperty(name, redacted));
        }
        if (changed is null)
            return;
        foreach (var property in changed)
            logEvent.AddOrUpdateProperty(property);
    }

    sealed record TemplatePlan(RedactionPolicy Policy, bool[]? ByName, CachedTemplate? Masked);

    sealed record Redacted<T>(RedactionPolicy Policy, T Result);
}
