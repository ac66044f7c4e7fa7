using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;

namespace PledgeBot.Tests.Store;

/// <summary>The store's contract, run once against redis-server and once against the embedded Garnet.</summary>
public abstract class RedisStateStoreTests(IStoreServer server)
{
    private const string Prefix = "test:";

    private readonly IDatabase _database = server.Multiplexer.GetDatabase();
    private readonly RedisKeys _keys = new(Prefix);
    private readonly StateKey _conversation = StateKey.Parse(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Reads_a_new_conversation_as_empty_at_version_0()
    {
        var store = CreateStore(server.Multiplexer);

        var state = await store.ReadAsync(_conversation, "a1", CancellationToken.None);

        Assert.Equal(StoredState.Empty, state);
    }

    [Fact]
    public async Task Round_trips_state_through_versions_1_and_2()
    {
        var store = CreateStore(server.Multiplexer);

        Assert.True(await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None));
        var first = await store.ReadAsync(_conversation, null, CancellationToken.None);
        Assert.True(await store.TryWriteAsync(_conversation, """{"step":2}""", first.Version, null, CancellationToken.None));
        var second = await store.ReadAsync(_conversation, null, CancellationToken.None);

        Assert.Equal(new StoredState("""{"step":1}""", 1, false), first);
        Assert.Equal(new StoredState("""{"step":2}""", 2, false), second);
    }

    [Fact]
    public async Task Keeps_a_conversation_for_30_days_after_each_write()
    {
        var store = CreateStore(server.Multiplexer);
        await store.TryWriteAsync(_conversation, "{}", 0, null, CancellationToken.None);
        await _database.KeyExpireAsync(_keys.State(_conversation), TimeSpan.FromMinutes(1));

        await store.TryWriteAsync(_conversation, "{}", 1, null, CancellationToken.None);

        var ttl = await _database.KeyTimeToLiveAsync(_keys.State(_conversation));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Refuses_a_write_based_on_a_stale_version_and_keeps_the_stored_state()
    {
        var store = CreateStore(server.Multiplexer);
        await store.TryWriteAsync(_conversation, """{"by":"first"}""", 0, null, CancellationToken.None);
        await store.TryWriteAsync(_conversation, """{"by":"second"}""", 1, null, CancellationToken.None);

        var written = await store.TryWriteAsync(_conversation, """{"by":"stale"}""", 1, "a9", CancellationToken.None);

        Assert.False(written);
        Assert.Equal(
            new StoredState("""{"by":"second"}""", 2, false),
            await store.ReadAsync(_conversation, "a9", CancellationToken.None));
    }

    [Fact]
    public async Task Counts_every_one_of_20_parallel_writers_on_4_instances_exactly_once()
    {
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => server.ConnectAsync()));
        try
        {
            var stores = instances.Select(instance => CreateStore(instance)).ToArray();

            await Task.WhenAll(Enumerable.Range(0, 20).Select(writer => IncrementAsync(stores[writer % stores.Length])));

            // An instance's cache may trail the others' writes until its own next write; a fresh instance reads the store.
            var final = await CreateStore(server.Multiplexer).ReadAsync(_conversation, null, CancellationToken.None);
            Assert.Equal(20, JsonNode.Parse(final.Json!)!["count"]!.GetValue<int>());
            Assert.Equal(20, final.Version);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Remembers_a_written_activity_id_for_the_deduplication_window_only()
    {
        var store = CreateStore(server.Multiplexer);

        await store.TryWriteAsync(_conversation, "{}", 0, "a1", CancellationToken.None);

        // Another instance: this one answers from its cache and leaves the seen check to the write.
        var other = CreateStore(server.Multiplexer);
        Assert.True((await other.ReadAsync(_conversation, "a1", CancellationToken.None)).ActivitySeen);
        Assert.False((await other.ReadAsync(_conversation, "a2", CancellationToken.None)).ActivitySeen);
        var ttl = await _database.KeyTimeToLiveAsync(_keys.Seen(_conversation, "a1"));
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Leaves_no_seen_marker_when_a_write_has_no_activity_id()
    {
        var store = CreateStore(server.Multiplexer);

        await store.TryWriteAsync(_conversation, "{}", 0, null, CancellationToken.None);

        var endpoint = server.Multiplexer.GetEndPoints().Single();
        var keys = server.Multiplexer.GetServer(endpoint).KeysAsync(pattern: $"{Prefix}{{c:{_conversation}}}:*");
        Assert.Equal([$"{Prefix}{{c:{_conversation}}}:state"], await keys.Select(key => key.ToString()).ToListAsync());
    }

    [Fact]
    public async Task Names_keys_with_the_prefix_and_the_conversation_hash_tag_in_one_cluster_slot()
    {
        var store = CreateStore(server.Multiplexer);

        await store.TryWriteAsync(_conversation, "{}", 0, "a1", CancellationToken.None);

        var state = $"test:{{c:{_conversation}}}:state";
        var seen = $"test:{{c:{_conversation}}}:seen:";
        Assert.True(await _database.KeyExistsAsync(state));
        Assert.StartsWith(seen, _keys.Seen(_conversation, "a1").ToString(), StringComparison.Ordinal);
        Assert.Equal(16, _keys.Seen(_conversation, "a1").ToString().Length - seen.Length);
        Assert.True(await _database.KeyExistsAsync(_keys.Seen(_conversation, "a1")));
        Assert.Equal(server.Multiplexer.HashSlot(state), server.Multiplexer.HashSlot(_keys.Seen(_conversation, "a1")));
    }

    [Fact]
    public async Task Answers_a_conversation_it_wrote_from_its_cache_without_reading_the_store()
    {
        var store = CreateStore(server.Multiplexer);
        await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None);
        // Changed behind the store's back (same version): only a read that skips the store still sees step 1.
        await _database.HashSetAsync(_keys.State(_conversation), "d", """{"step":"changed"}""");

        var cached = await store.ReadAsync(_conversation, "a1", CancellationToken.None);
        var uncached = await CreateStore(server.Multiplexer).ReadAsync(_conversation, "a1", CancellationToken.None);

        Assert.Equal(new StoredState("""{"step":1}""", 1, false), cached);
        Assert.Equal(new StoredState("""{"step":"changed"}""", 1, false), uncached);
        Assert.Equal(1, store.CachedConversations);
    }

    [Fact]
    public async Task Refuses_a_write_from_a_cache_another_instance_made_stale_and_then_reads_the_store()
    {
        var first = CreateStore(server.Multiplexer);
        var second = CreateStore(server.Multiplexer);
        await first.TryWriteAsync(_conversation, """{"by":"first"}""", 0, null, CancellationToken.None);
        var read = await second.ReadAsync(_conversation, null, CancellationToken.None);
        await second.TryWriteAsync(_conversation, """{"by":"second"}""", read.Version, null, CancellationToken.None);

        var stale = await first.ReadAsync(_conversation, null, CancellationToken.None);
        var written = await first.TryWriteAsync(_conversation, """{"by":"stale"}""", stale.Version, null, CancellationToken.None);
        var fresh = await first.ReadAsync(_conversation, null, CancellationToken.None);

        Assert.Equal(new StoredState("""{"by":"first"}""", 1, false), stale);
        Assert.False(written);
        Assert.Equal(new StoredState("""{"by":"second"}""", 2, false), fresh);
        Assert.True(await first.TryWriteAsync(_conversation, """{"by":"first again"}""", fresh.Version, null, CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_redelivered_activity_run_from_the_cache_and_then_reports_it_seen()
    {
        var store = CreateStore(server.Multiplexer);
        await store.TryWriteAsync(_conversation, """{"turn":1}""", 0, "a1", CancellationToken.None);

        var cached = await store.ReadAsync(_conversation, "a1", CancellationToken.None);
        var written = await store.TryWriteAsync(_conversation, """{"turn":"again"}""", cached.Version, "a1", CancellationToken.None);
        var reread = await store.ReadAsync(_conversation, "a1", CancellationToken.None);

        Assert.False(cached.ActivitySeen);
        Assert.False(written);
        Assert.Equal(new StoredState("""{"turn":1}""", 1, true), reread);
    }

    [Fact]
    public async Task Deletes_the_state_and_its_cached_copy_and_never_reuses_the_version()
    {
        var store = CreateStore(server.Multiplexer);
        var other = CreateStore(server.Multiplexer);
        await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None);
        await other.ReadAsync(_conversation, null, CancellationToken.None);
        await other.TryWriteAsync(_conversation, """{"step":2}""", 1, null, CancellationToken.None);

        await other.DeleteAsync(_conversation, CancellationToken.None);
        Assert.Equal(0, other.CachedConversations);
        var afterDelete = await other.ReadAsync(_conversation, null, CancellationToken.None);
        Assert.True(await other.TryWriteAsync(_conversation, """{"new":1}""", afterDelete.Version, null, CancellationToken.None));

        // The first instance still caches version 1 of the deleted state; a version never comes round again, so its
        // write is refused rather than bringing the deleted state back.
        Assert.Equal(new StoredState(null, 3, false), afterDelete);
        Assert.False(await store.TryWriteAsync(_conversation, """{"step":"resurrected"}""", 1, null, CancellationToken.None));
        Assert.Equal(new StoredState("""{"new":1}""", 4, false), await store.ReadAsync(_conversation, null, CancellationToken.None));
    }

    [Fact]
    public async Task Reads_the_store_every_time_when_the_cache_is_off()
    {
        var store = CreateStore(server.Multiplexer, cacheEntries: 0);
        await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None);
        await _database.HashSetAsync(_keys.State(_conversation), "d", """{"step":"changed"}""");

        Assert.Equal(new StoredState("""{"step":"changed"}""", 1, false), await store.ReadAsync(_conversation, null, CancellationToken.None));
        Assert.Equal(0, store.CachedConversations);
    }

    private RedisStateStore CreateStore(IConnectionMultiplexer multiplexer) => CreateStore(multiplexer, cacheEntries: 100);

    private RedisStateStore CreateStore(IConnectionMultiplexer multiplexer, int cacheEntries) =>
        new(
            multiplexer,
            _keys,
            Options.Create(new StoreOptions { KeyPrefix = Prefix, StateCacheEntries = cacheEntries }),
            NullLogger<RedisStateStore>.Instance);

    private async Task IncrementAsync(RedisStateStore store)
    {
        while (true)
        {
            var read = await store.ReadAsync(_conversation, null, CancellationToken.None);
            var state = read.Json is null ? new JsonObject { ["count"] = 0 } : JsonNode.Parse(read.Json)!.AsObject();
            state["count"] = state["count"]!.GetValue<int>() + 1;
            if (await store.TryWriteAsync(_conversation, state.ToJsonString(), read.Version, null, CancellationToken.None))
            {
                return;
            }
        }
    }
}
