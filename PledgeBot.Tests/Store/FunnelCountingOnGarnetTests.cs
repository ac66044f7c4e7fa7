using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Store;

/// <summary>The state store counts the funnel steps a turn reached with its state write, and only when that write
/// succeeds, on the embedded Garnet.</summary>
[Trait(TestCategory.Name, TestCategory.Store)]
[Collection(GarnetCollection.Name)]
public sealed class FunnelCountingOnGarnetTests(GarnetFixture server)
{
    private readonly string _prefix = $"funnel-test-{Guid.NewGuid():N}:";

    [Fact]
    public async Task Counts_the_steps_with_a_successful_write_under_day_version_step_and_code()
    {
        var (store, keys) = Create();
        var conversation = StateKey.Parse(Guid.NewGuid().ToString("N"));
        var at = new DateTimeOffset(2026, 12, 2, 18, 30, 0, TimeSpan.Zero); // 01:30 on 3 December in Viet Nam
        FunnelStep[] steps = [new("pledge", "abc123", 0, "start", "kol-an", at), new("pledge", "abc123", 1, "situations", null, at)];

        Assert.True(await store.TryWriteAsync(conversation, "{}", 0, "a1", steps, CancellationToken.None));
        var counted = await server.Multiplexer.GetDatabase().HashGetAllAsync(keys.Funnel("pledge", "2026-12-03"));

        Assert.Equal(
            [("abc123|0|start|KOL-AN", 1L), ("abc123|1|situations|", 1L)],
            counted.Select(e => ((string)e.Name!, (long)e.Value)).Order());
    }

    [Fact]
    public async Task Counts_nothing_when_the_write_loses_to_another_writer_or_repeats_an_activity()
    {
        var (store, keys) = Create();
        var conversation = StateKey.Parse(Guid.NewGuid().ToString("N"));
        var at = new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);
        FunnelStep[] steps = [new("quiz", "abc123", 0, "start", null, at)];
        Assert.True(await store.TryWriteAsync(conversation, "{}", 0, "a1", CancellationToken.None));

        var stale = await store.TryWriteAsync(conversation, "{}", 0, "a2", steps, CancellationToken.None);
        var repeated = await store.TryWriteAsync(conversation, "{}", 1, "a1", steps, CancellationToken.None);
        var counted = await server.Multiplexer.GetDatabase().HashGetAllAsync(keys.Funnel("quiz", "2026-12-05"));

        Assert.False(stale);
        Assert.False(repeated);
        Assert.Empty(counted);
    }

    private (RedisStateStore Store, RedisKeys Keys) Create()
    {
        var keys = new RedisKeys(_prefix);
        var store = new RedisStateStore(
            server.Multiplexer, keys, Options.Create(new StoreOptions { KeyPrefix = _prefix, StateCacheEntries = 0 }), NullLogger<RedisStateStore>.Instance);
        return (store, keys);
    }
}
