using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;

namespace PledgeBot.Tests.Store;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ConversationStateCacheTests
{
    [Fact]
    public async Task Holds_no_more_conversations_than_its_limit()
    {
        using var cache = new ConversationStateCache(entries: 50, TimeSpan.FromDays(30));

        for (var conversation = 0; conversation < 500; conversation++)
        {
            cache.Set(Key(conversation), "{}", 1);
        }

        // Compaction runs in the background; the limit binds at once, the compaction only makes room again.
        Assert.InRange(cache.Count, 1, 50);
        await Task.Delay(200);
        cache.Set(Key(1000), "{}", 1);
        Assert.InRange(cache.Count, 1, 50);
    }

    [Fact]
    public void Keeps_the_last_state_and_version_written_and_forgets_a_removed_one()
    {
        using var cache = new ConversationStateCache(entries: 10, TimeSpan.FromDays(30));
        cache.Set(Key(1), """{"a":1}""", 1);
        cache.Set(Key(1), """{"a":2}""", 2);
        cache.Set(Key(2), "{}", 7);

        cache.Remove(Key(2));

        Assert.True(cache.TryGet(Key(1), out var kept));
        Assert.Equal(new CachedState("""{"a":2}""", 2), kept);
        Assert.False(cache.TryGet(Key(2), out _));
    }

    [Fact]
    public void Caches_nothing_when_its_limit_is_zero()
    {
        using var cache = new ConversationStateCache(entries: 0, TimeSpan.FromDays(30));

        cache.Set(Key(1), "{}", 1);

        Assert.False(cache.TryGet(Key(1), out _));
        Assert.Equal(0, cache.Count);
    }

    private static StateKey Key(int conversation) => StateKey.Parse(conversation.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
}
