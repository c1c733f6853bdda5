using Serilog.Debugging;

namespace LogKit.Pipeline;

internal sealed partial class BackgroundQueue
{
    void Run()
    {
        var consumer = _consumer!;
        try
        {
            while (true)
            {
                var taken = 0;
                var idle = false;
                lock (_sync)
                {
                    if (_untaken > 0 && (_untaken >= _batchThreshold || _flushRequested || _stopping || _tickDue))
                    {
                        taken = consumer.Take();
                        _untaken -= taken;
                        if (_untaken == 0)
                        {
                            _flushRequested = false;
                            _tickDue = false;
                        }
                    }
                    else if (_tickDue)
                    {
                        _tickDue = false;
                        idle = _untaken == 0;
                    }
                    else if (_stopping && _untaken == 0)
                    {
                        return;
                    }
                    else
                    {
                        _writerWaiting = true;
                        _workAvailable.Reset();
                    }
                }

                if (taken > 0)
                    Guard(consumer.Write);
                else if (idle)
                    Guard(consumer.OnIdle);
                else
                    _workAvailable.Wait();
            }
        }
        finally
        {
            Guard(consumer.OnStopped);
            lock (_sync)
            {
                foreach (var lane in _lanes)
                    lane.Flushes.ReleaseAll();
            }
            _stopped.TrySetResult();
        }
    }

    static void Guard(Action step)
    {
        try
        {
            step();
        }
        catch (Exception ex)
        {
            // Consumers report their own failures; this is a bug, and it must not stop the writer.
            SelfLog.WriteLine("LogKit background writer failed: {0}", ex);
        }
    }
}
