using Serilog.Debugging;

namespace LogKit.Elasticsearch.Delivery;

/// <summary>
/// Reports refused credentials (401/403) once per burst: the first refusal after a success says what
/// happened and that events stay buffered; the next success says so too. Never prints the credentials.
/// </summary>
internal sealed class AuthFailureReporter(string sinkName)
{
    int _inBurst;

    public void Refused(int status, string node)
    {
        if (Interlocked.Exchange(ref _inBurst, 1) == 0)
            SelfLog.WriteLine("LogKit sink {0}: {1} answered {2}; check ApiKey or Username/Password. Events stay buffered and are sent when the credentials work.",
                sinkName, node, status == 401 ? "401 unauthorized" : status + " forbidden");
    }

    public void Accepted()
    {
        if (Volatile.Read(ref _inBurst) != 0 && Interlocked.Exchange(ref _inBurst, 0) == 1)
            SelfLog.WriteLine("LogKit sink {0}: the cluster accepts the credentials again; buffered events are being sent", sinkName);
    }
}
