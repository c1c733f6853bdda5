namespace LogKit.Tests.Support;

/// <summary>A clock that can also be set back, which FakeTimeProvider refuses (a wall clock corrected by NTP can).</summary>
public sealed class SettableClock(DateTimeOffset utcNow, TimeZoneInfo zone) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override TimeZoneInfo LocalTimeZone => zone;
}
