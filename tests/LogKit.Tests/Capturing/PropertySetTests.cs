using LogKit.Capturing;

namespace LogKit.Tests.Capturing;

public class PropertySetTests
{
    static CapturedProperty P(string name, object? value) => new(name, value, destructureObjects: false);

    static string Show(PropertySet set) => string.Join(",", set.Items.Select(p => p.Name + "=" + p.Value));

    [Fact]
    public void NewerPropertiesComeFirstAndShadowOlderOnesOfTheSameName()
    {
        var set = PropertySet.Empty.With([P("A", 1), P("B", 2)]).With([P("C", 3), P("A", 4)]);

        Show(set).Should().Be("C=3,A=4,B=2");
        set.Contains("B").Should().BeTrue();
        set.Contains("b").Should().BeFalse("names are case-sensitive, as Serilog's");
    }

    [Fact]
    public void WithinOneAdditionTheFirstOfARepeatedNameWins()
    {
        Show(PropertySet.Empty.With([P("A", 1), P("A", 2)])).Should().Be("A=1");
    }

    [Fact]
    public void AnArrayIsKeptAsItIsUnlessANameRepeats()
    {
        CapturedProperty[] distinct = [P("A", 1), P("B", 2)];
        CapturedProperty[] repeated = [P("A", 1), P("B", 2), P("A", 3)];

        PropertySet.Empty.With(distinct).Items.Should().BeSameAs(distinct, "a context frame's own array is not copied");
        Show(PropertySet.Empty.With(repeated)).Should().Be("A=1,B=2");
        repeated.Should().HaveCount(3, "the caller's array is not changed");
    }

    [Fact]
    public void AddingNothingReturnsTheSameSet()
    {
        var set = PropertySet.Empty.With([P("A", 1)]);

        set.With([]).Should().BeSameAs(set);
        PropertySet.Empty.IsEmpty.Should().BeTrue();
        set.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void OlderSetsAreNotChangedByAdditions()
    {
        var older = PropertySet.Empty.With([P("A", 1)]);
        var newer = older.With([P("A", 2)]);

        Show(older).Should().Be("A=1");
        Show(newer).Should().Be("A=2");
    }

    [Fact]
    public void WithoutRemovesOneNameOnly()
    {
        var set = PropertySet.Empty.With([P("A", 1), P("B", 2)]);

        Show(set.Without("A")).Should().Be("B=2");
        set.Without("missing").Should().BeSameAs(set);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]      // past the scan limit: the name index decides
    [InlineData(5_000)]
    public void ALongChainFlattensToEachNameOnceNewestFirst(int length)
    {
        var set = PropertySet.Empty;
        for (var i = 0; i < length; i++)
            set = set.With([P("N" + (i % 3 == 0 ? 0 : i), i)]);

        var items = set.Items;
        items.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        items[0].Name.Should().Be("N" + ((length - 1) % 3 == 0 ? 0 : length - 1));
        items.Single(p => p.Name == "N0").Value.ToString().Should().Be((length - 1) / 3 * 3 + "");
        set.Contains("N0").Should().BeTrue();
        set.Contains("N" + (length + 1)).Should().BeFalse();
    }
}
