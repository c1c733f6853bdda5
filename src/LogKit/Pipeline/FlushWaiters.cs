namespace LogKit.Pipeline;

/// <summary>
/// Flush requests waiting on a background sink: each waits until the count of finished events
/// reaches the count of accepted events at the moment it asked. Not thread-safe: the owning
/// sink calls it under its own lock.
/// </summary>
internal sealed class FlushWaiters
{
    readonly List<(long Target, TaskCompletionSource Done)> _waiting = [];

    public Task WaitFor(long target, long completed)
    {
        if (completed >= target)
            return Task.CompletedTask;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Add((target, done));
        return done.Task;
    }

    public void Release(long completed)
    {
        for (var i = _waiting.Count - 1; i >= 0; i--)
        {
            if (_waiting[i].Target <= completed)
            {
                _waiting[i].Done.TrySetResult();
                _waiting.RemoveAt(i);
            }
        }
    }

    public void ReleaseAll()
    {
        foreach (var (_, done) in _waiting)
            done.TrySetResult();
        _waiting.Clear();
    }
}
