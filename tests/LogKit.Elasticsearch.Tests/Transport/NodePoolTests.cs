using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Transport;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Elasticsearch.Tests.Transport;

public class NodePoolTests
{
    static ElasticsearchNode Node(int port) => new(new Uri($"http://127.0.0.1:{port}/"));

    [Fact]
    public void GoesRoundRobinAndSkipsADeadNodeUntilItsTimeIsUp()
    {
        var clock = new FakeTimeProvider();
        var (a, b) = (Node(1), Node(2));
        var pool = new NodePool([a, b], clock);

        new[] { pool.Next(), pool.Next(), pool.Next(), pool.Next() }.Should().Equal(a, b, a, b);

        pool.MarkDead(b);
        new[] { pool.Next(), pool.Next(), pool.Next() }.Should().Equal(a, a, a);

        clock.Advance(TimeSpan.FromSeconds(1));
        new[] { pool.Next(), pool.Next() }.Should().Contain(b, "after its first dead time the node is tried again");
    }

    [Fact]
    public void ANodeThatKeepsFailingIsSkippedLongerAndWhenAllAreDeadTheSoonestIsTried()
    {
        var clock = new FakeTimeProvider();
        var (a, b) = (Node(1), Node(2));
        var pool = new NodePool([a, b], clock);
        pool.MarkDead(a);
        pool.MarkDead(a);   // 2 s
        pool.MarkDead(b);   // 1 s

        pool.Next().Should().Be(b, "every node is dead: the one back soonest is probed");
        clock.Advance(TimeSpan.FromSeconds(1.5));
        pool.Next().Should().Be(b);
        pool.Next().Should().Be(b);
        pool.MarkAlive(a);
        new[] { pool.Next(), pool.Next() }.Should().Contain(a);
    }

    [Fact]
    public void AnotherNodeIsChosenAfterOneFails()
    {
        var (a, b, c) = (Node(1), Node(2), Node(3));
        var pool = new NodePool([a, b, c], new FakeTimeProvider());

        pool.Next(avoid: a).Should().NotBe(a);
        pool.Next(avoid: b).Should().NotBe(b);
    }
}
