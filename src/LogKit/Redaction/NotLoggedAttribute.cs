namespace LogKit;

/// <summary>
/// Leaves a member out when an object is destructured into a log event (<c>{@Request}</c>,
/// <c>LogContext.Push(object)</c>): the member does not appear at all, as if it were not public.
/// </summary>
/// <remarks>Declared by the type's author, so it applies whatever the pipeline's <see cref="RedactionOptions"/> say.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class NotLoggedAttribute : Attribute
{
}
