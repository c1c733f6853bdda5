namespace LogKit.Context;

/// <summary>The disposable returned by <see cref="LogContext"/>: disposing it removes its properties.</summary>
internal sealed class ContextScope : IDisposable
{
    int _disposed;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;

        var top = LogContext.CurrentFrame;
        LogContext.CurrentFrame = top?.Owner == this
            ? top.Parent                          // the usual, in-order case
            : ContextFrame.Without(top, this);    // disposed out of order, or from another flow
    }
}
