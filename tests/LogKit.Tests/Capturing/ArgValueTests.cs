using LogKit.Capturing;

namespace LogKit.Tests.Capturing;

public class ArgValueTests
{
    static ArgValue Set<T>(T value)
    {
        var slot = new ArgValue();
        ArgValue.Set(ref slot, value);
        return slot;
    }

    static readonly object[] s_scalars =
    [
        42, -7L, 19.99m, 1.5d, true, Guid.NewGuid(), new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc),
        new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(2)), TimeSpan.FromSeconds(3), 2.5f, 7u, 8UL,
        (short)-3, (ushort)3, (byte)1, (sbyte)-1, 'x', new DateOnly(2026, 11, 25), new TimeOnly(10, 30, 5),
    ];

    public static TheoryData<object> Scalars() => new(s_scalars);

    [Theory]
    [MemberData(nameof(Scalars))]
    public void EveryScalarKindRoundTripsUnboxed(object value)
    {
        // Dispatch to the generic Set<T> with the value's static type, as a caller's overload would.
        var slot = (ArgValue)typeof(ArgValueTests).GetMethod(nameof(Set), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(value.GetType()).Invoke(null, [value])!;

        slot.Kind.Should().NotBe(ArgKind.Object).And.NotBe(ArgKind.Null).And.NotBe(ArgKind.String);
        slot.Reference.Should().BeNull("scalars are stored in the inline bits, not boxed");
        slot.ToObject().Should().Be(value);
    }

    [Fact]
    public void TheScalarListCoversEveryUnboxedKindAndSerilogsBuiltInScalars()
    {
        // ArgKind is the one list of scalar kinds: every unboxed kind is a scalar Serilog keeps as is,
        // round-trips (above) and is named after its CLR type.
        var unboxed = Enum.GetValues<ArgKind>().Except([ArgKind.Null, ArgKind.String, ArgKind.Object, ArgKind.PropertyValue]).ToArray();
        var types = s_scalars.Select(value => value.GetType()).ToArray();

        types.Select(t => t.Name).Should().BeEquivalentTo(unboxed.Select(k => k.ToString()));
        foreach (var value in s_scalars)
            ValueCapture.IsBuiltInScalar(value).Should().BeTrue(value.GetType().Name);
    }

    [Fact]
    public void StringsNullsAndObjectsAreKeptByReference()
    {
        var text = Set("hello");
        text.Kind.Should().Be(ArgKind.String);
        text.ToObject().Should().BeSameAs(text.Reference);

        Set<string?>(null).Kind.Should().Be(ArgKind.Null);
        Set<object?>(null).ToObject().Should().BeNull();

        var uri = new Uri("https://example.com");
        var other = Set(uri);
        other.Kind.Should().Be(ArgKind.Object);
        other.ToObject().Should().BeSameAs(uri);
    }

    [Fact]
    public void SetObjectTellsStringsFromOtherObjects()
    {
        var slot = new ArgValue();
        ArgValue.SetObject(ref slot, "s");
        slot.Kind.Should().Be(ArgKind.String);
        ArgValue.SetObject(ref slot, 5);
        slot.Kind.Should().Be(ArgKind.Object, "a boxed int from params stays boxed");
        slot.ToObject().Should().Be(5);
        ArgValue.SetObject(ref slot, null);
        slot.Kind.Should().Be(ArgKind.Null);
    }
}
