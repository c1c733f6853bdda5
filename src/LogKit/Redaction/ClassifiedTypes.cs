using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Redaction;

/// <summary>
/// What the redaction attributes say about a type's public properties, read by reflection once per type:
/// members marked <see cref="NotLoggedAttribute"/> are left out, members marked <see cref="LogMaskedAttribute"/>
/// or with a data classification (any <see cref="DataClassificationAttribute"/> but
/// <see cref="NoDataClassificationAttribute"/>) are captured as a <see cref="ClassifiedValue"/>. An attribute on
/// a record's positional parameter counts for the property of the same name.
/// </summary>
internal sealed class ClassifiedTypes
{
    static readonly ConcurrentDictionary<Type, ClassifiedTypes> s_plans = new();
    static readonly ClassifiedTypes s_none = new([], typeTag: null);

    ClassifiedTypes(Member[] members, string? typeTag)
    {
        Members = members;
        TypeTag = typeTag;
    }

    /// <summary>The type's public readable properties in Serilog's order, or empty when no member is marked (Serilog destructures it).</summary>
    public Member[] Members { get; }

    public string? TypeTag { get; }

    public bool HasMarkedMembers => Members.Length > 0;

    public static ClassifiedTypes For(Type type) => s_plans.TryGetValue(type, out var plan) ? plan : s_plans.GetOrAdd(type, Build);

    static readonly ConcurrentDictionary<Type, bool> s_reachesMarked = new();

    /// <summary>
    /// True when the type has marked members, or a member, element or type argument of it does at any depth
    /// (a record holding a marked record, a list of them). Its <c>ToString()</c> may print what the marks hide
    /// (a record's prints every member, nested records' too), so it is never captured that way. Read from
    /// the declared types once per type; the framework's own types are not walked into.
    /// </summary>
    public static bool ReachesMarked(Type type)
        => s_reachesMarked.TryGetValue(type, out var reaches) ? reaches : s_reachesMarked.GetOrAdd(type, static t => Reaches(t, []));

    static bool Reaches(Type type, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || !seen.Add(type))
            return false;
        if (type.HasElementType)
            return Reaches(type.GetElementType()!, seen);
        if (For(type).HasMarkedMembers)
            return true;
        if (type.IsGenericType && type.GetGenericArguments().Any(argument => Reaches(argument, seen)))
            return true;
        if (type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal)))
            return false;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && Reaches(property.PropertyType, seen))
                return true;
        }
        return false;
    }

    static ClassifiedTypes Build(Type type)
    {
        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            return s_none;

        var parameters = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Where(p => p.Name != null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<Member>();
        var marked = false;
        // As Serilog's reflection destructuring: public instance getters, most derived first, no indexers.
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.FlattenHierarchy))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length != 0 || !seen.Add(property.Name))
                continue;
            parameters.TryGetValue(property.Name, out var parameter);
            var member = Member.For(property, parameter);
            marked |= member.Kind != MemberKind.Plain;
            members.Add(member);
        }
        if (!marked)
            return s_none;
        var typeTag = type.Name.Length == 0 || IsCompilerGenerated(type) ? null : type.Name;
        return new ClassifiedTypes(members.ToArray(), typeTag);
    }

    static bool IsCompilerGenerated(Type type)
        => type.IsGenericType && type.IsSealed && type.Namespace == null && type.Name.Length > 0 && (type.Name[0] == '<' || type.Name.StartsWith("VB$", StringComparison.Ordinal));

    /// <summary>Builds the structure Serilog would, with marked members left out or classified.</summary>
    public StructureValue Destructure(object value, ILogEventPropertyValueFactory factory)
    {
        var properties = new List<LogEventProperty>(Members.Length);
        foreach (var member in Members)
        {
            if (member.Kind == MemberKind.NotLogged)
                continue;
            object? memberValue;
            try
            {
                memberValue = member.Property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                memberValue = "The property accessor threw an exception: " + ex.InnerException?.GetType().Name;
            }
            catch (Exception ex) when (ex is TargetParameterCountException or NotSupportedException)
            {
                continue;
            }
            var captured = factory.CreatePropertyValue(memberValue, destructureObjects: true);
            properties.Add(new LogEventProperty(member.Property.Name, member.Classify(captured)));
        }
        return new StructureValue(properties, TypeTag);
    }

    internal enum MemberKind { Plain, NotLogged, Masked, Classified }

    internal sealed class Member
    {
        Member(PropertyInfo property, MemberKind kind, int keepLast, DataClassificationSet? classifications)
        {
            Property = property;
            Kind = kind;
            KeepLast = keepLast;
            Classifications = classifications;
        }

        public PropertyInfo Property { get; }
        public MemberKind Kind { get; }
        public int KeepLast { get; }
        public DataClassificationSet? Classifications { get; }

        public static Member For(PropertyInfo property, ParameterInfo? parameter)
        {
            var attributes = property.GetCustomAttributes(inherit: true).Concat(parameter?.GetCustomAttributes(inherit: true) ?? []).OfType<Attribute>().ToArray();
            if (attributes.OfType<NotLoggedAttribute>().Any())
                return new Member(property, MemberKind.NotLogged, 0, null);
            if (attributes.OfType<LogMaskedAttribute>().FirstOrDefault() is { } masked)
                return new Member(property, MemberKind.Masked, masked.KeepLast, null);
            var classifications = attributes.OfType<DataClassificationAttribute>()
                .Select(a => a.Classification)
                .Where(c => c != DataClassification.None)
                .ToArray();
            return classifications.Length > 0
                ? new Member(property, MemberKind.Classified, 0, new DataClassificationSet(classifications))
                : new Member(property, MemberKind.Plain, 0, null);
        }

        public LogEventPropertyValue Classify(LogEventPropertyValue captured) => Kind switch
        {
            MemberKind.Masked => ClassifiedValue.Masked(captured, KeepLast),
            MemberKind.Classified => ClassifiedValue.Classified(captured, Classifications!),
            _ => captured,
        };
    }
}
