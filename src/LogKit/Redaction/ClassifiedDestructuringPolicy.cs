using System.Diagnostics.CodeAnalysis;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Redaction;

/// <summary>
/// Serilog's hook into destructuring, at every depth: a type with marked members (see
/// <see cref="ClassifiedTypes"/>) is destructured with them left out or classified; any other type is
/// left to Serilog. One dictionary look-up per destructured object.
/// </summary>
internal sealed class ClassifiedDestructuringPolicy : IDestructuringPolicy
{
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        var plan = ClassifiedTypes.For(value.GetType());
        if (!plan.HasMarkedMembers)
        {
            result = null;
            return false;
        }
        result = plan.Destructure(value, propertyValueFactory);
        return true;
    }
}
