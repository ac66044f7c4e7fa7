using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Store;

/// <summary>Conversation state on a Redis Cluster: the write script's keys share the conversation's slot.</summary>
[Collection(RedisClusterCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class RedisStateStoreOnRedisClusterTests(RedisClusterFixture cluster)
{
    private readonly string _prefix = Prefix();

    [Fact]
    public async Task Round_trips_state_with_a_seen_marker_refuses_a_stale_write_and_deletes_without_a_CROSSSLOT_error()
    {
        var store = new RedisStateStore(
            cluster.Multiplexer, new RedisKeys(_prefix), Options.Create(new StoreOptions { KeyPrefix = _prefix }), NullLogger<RedisStateStore>.Instance);
        var conversations = Enumerable.Range(1, 8).Select(n => StateKey.Parse(User(n).Value)).ToArray();

        foreach (var conversation in conversations)
        {
            Assert.True(await store.TryWriteAsync(conversation, """{"step":1}""", 0, "a1", CancellationToken.None));
            Assert.False(await store.TryWriteAsync(conversation, """{"step":9}""", 0, "a2", CancellationToken.None));
            Assert.Equal(new StoredState("""{"step":1}""", 1, true), await store.ReadAsync(conversation, "a1", CancellationToken.None));
            await store.DeleteAsync(conversation, CancellationToken.None);
            // The state goes; its version stays, one up, so no cached copy of the deleted state can be written back.
            Assert.Equal(new StoredState(null, 2, false), await store.ReadAsync(conversation, null, CancellationToken.None));
        }

        var slots = conversations.Select(c => cluster.Multiplexer.HashSlot(new RedisKeys(_prefix).State(c))).Distinct();
        Assert.True(slots.Count() > 1, "Eight conversations should spread over more than one slot.");
    }
}
