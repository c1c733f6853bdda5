using LogKit.Capturing;

namespace LogKit.Context;

/// <summary>
/// One <see cref="LogContext.Push(string, object?, bool)"/> on an immutable stack. Frames are shared
/// by every async flow that captured them, so they are never mutated; removing a frame out of
/// order builds new frames above it that keep the identity (<see cref="Owner"/>) of the old ones.
/// </summary>
internal sealed class ContextFrame
{
    ContextFrame(ContextFrame? parent, CapturedProperty[] own, ContextScope owner)
    {
        Parent = parent;
        Own = own;
        Owner = owner;
        Visible = (parent?.Visible ?? PropertySet.Empty).With(own);
    }

    public ContextFrame? Parent { get; }

    /// <summary>The properties this push added, in the order given.</summary>
    public CapturedProperty[] Own { get; }

    /// <summary>The scope whose disposal removes this frame.</summary>
    public ContextScope Owner { get; }

    /// <summary>Every property visible at this depth, innermost first, shadowed names removed.</summary>
    public PropertySet Visible { get; }

    public static ContextFrame Push(ContextFrame? parent, CapturedProperty[] own, ContextScope owner) => new(parent, own, owner);

    /// <summary>
    /// The stack <paramref name="top"/> without the frame owned by <paramref name="owner"/>;
    /// <paramref name="top"/> itself when that frame is not on it.
    /// </summary>
    public static ContextFrame? Without(ContextFrame? top, ContextScope owner)
    {
        var above = new Stack<ContextFrame>();
        for (var frame = top; frame != null; frame = frame.Parent)
        {
            if (frame.Owner == owner)
            {
                var rebuilt = frame.Parent;
                while (above.TryPop(out var kept))
                    rebuilt = new ContextFrame(rebuilt, kept.Own, kept.Owner);
                return rebuilt;
            }
            above.Push(frame);
        }
        return top;
    }
}
