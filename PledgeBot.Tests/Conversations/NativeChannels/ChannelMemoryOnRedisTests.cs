using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;

namespace PledgeBot.Tests.Conversations.NativeChannels;

/// <summary>What one webhook leaves for a later one (Telegram keyboards and long button values, "More…" lists), kept
/// by one instance and read by another on a real redis-server, with a lifetime, a bound and no raw chat id.</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class ChannelMemoryOnRedisTests(RedisServerFixture redis)
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}:";
    private readonly FakePseudonymizer _pseudonymizer = new();

    [Fact]
    public async Task Reads_a_long_button_value_back_on_another_instance_for_two_days()
    {
        using var other = await redis.ConnectAsync();
        var value = new string('v', 100);

        var data = await Callbacks(redis.Multiplexer).ForAsync(value, CancellationToken.None);
        var resolved = await Callbacks(other).ResolveAsync(data, CancellationToken.None);

        Assert.Equal(value, resolved);
        var ttl = await redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync($"{_prefix}tg-callback:{data[TelegramCallbackData.KeyPrefix.Length..]}");
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    [Fact]
    public async Task Keeps_no_button_value_over_its_bound_and_looks_up_no_key_it_did_not_make()
    {
        var callbacks = Callbacks(redis.Multiplexer);

        var tooLong = await callbacks.ForAsync(new string('v', TelegramCallbackData.MaxValueChars + 1), CancellationToken.None);

        Assert.Null(await callbacks.ResolveAsync(tooLong, CancellationToken.None));
        Assert.Null(await callbacks.ResolveAsync("~k:*", CancellationToken.None));
        Assert.Empty(await Keys());
    }

    [Fact]
    public async Task Turns_a_keyboard_title_into_its_value_on_another_instance_under_no_raw_chat_id()
    {
        using var other = await redis.ConnectAsync();
        var chat = "987654321";

        await Titles(redis.Multiplexer).RememberAsync(chat, [CardAction.ImBack("🔁 Chơi lại", "🧠 Đố vui"), CardAction.ImBack("Có", "Có")], CancellationToken.None);
        var tapped = await Titles(other).ValueOfAsync(chat, "🔁 Chơi lại", CancellationToken.None);
        var typed = await Titles(other).ValueOfAsync(chat, "Có", CancellationToken.None);

        Assert.Equal("🧠 Đố vui", tapped);
        Assert.Null(typed);
        var key = Assert.Single(await Keys());
        Assert.DoesNotContain(chat, key, StringComparison.Ordinal);
        Assert.InRange((await redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromHours(5.9), TimeSpan.FromHours(6));
    }

    [Fact]
    public async Task Gives_a_More_list_to_the_first_tap_on_any_instance_and_only_once()
    {
        using var other = await redis.ConnectAsync();
        CardAction[] rest = [CardAction.ImBack("Phú Thọ", "Phú Thọ"), CardAction.ImBack("Xem thêm…", "xem thêm")];

        await Overflow(redis.Multiplexer).RememberAsync("telegram", "555", rest, "vi-VN", CancellationToken.None);
        var ttl = await redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync(Assert.Single(await Keys()));
        var taken = await Overflow(other).TakeAsync("telegram", "555", CancellationToken.None);
        var again = await Overflow(redis.Multiplexer).TakeAsync("telegram", "555", CancellationToken.None);

        Assert.Equal(rest.Select(a => (a.Title, a.ValueText)), taken!.Actions.Select(a => (a.Title, a.ValueText)));
        Assert.Equal("vi-VN", taken.Locale);
        Assert.Null(again);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(5.9), TimeSpan.FromHours(6));
    }

    [Fact]
    public async Task Keeps_no_More_list_over_its_bound_and_forgets_the_older_one()
    {
        var overflow = Overflow(redis.Multiplexer);
        await overflow.RememberAsync("zalo", "c1", [CardAction.ImBack("A", "A")], "vi-VN", CancellationToken.None);

        await overflow.RememberAsync("zalo", "c1", [.. Enumerable.Range(0, OverflowMemory.MaxActions + 1).Select(i => CardAction.ImBack($"{i}", $"{i}"))], "vi-VN", CancellationToken.None);

        Assert.Null(await overflow.TakeAsync("zalo", "c1", CancellationToken.None));
    }

    private TelegramCallbackData Callbacks(IConnectionMultiplexer store) => new(Values(store), new RedisKeys(_prefix));

    private TelegramKeyboardTitles Titles(IConnectionMultiplexer store) => new(Values(store), new RedisKeys(_prefix), _pseudonymizer);

    private OverflowMemory Overflow(IConnectionMultiplexer store) =>
        new(Values(store), new RedisKeys(_prefix), _pseudonymizer, Options.Create(new ChannelsOptions()));

    private static RedisExpiringValues Values(IConnectionMultiplexer store) => new(store, NullLogger<RedisExpiringValues>.Instance);

    private async Task<IReadOnlyList<string>> Keys()
    {
        var server = redis.Multiplexer.GetServers().Single();
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
