using System.Globalization;
using System.Net;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TelegramDeliveryTests(TelegramHostFixture host)
{
    private const string Greeting = "Chào bạn 👋";
    private const string MenuPrompt = "Bạn muốn bắt đầu từ đâu?";

    [Fact]
    public async Task Waits_the_retry_after_of_a_429_before_sending_again()
    {
        var chat = TelegramHostFixture.NewChat();
        host.Telegram.Script(Key(chat), FakeTelegramAnswer.TooManyRequests(1));

        using var response = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sends[0].Body, sends[1].Body);
        // The fake stamps a request when its body has been read, so the gap it sees can fall a hair short of the
        // client's one-second wait; an early retry (no wait) would be milliseconds.
        Assert.True(sends[1].ReceivedAt - sends[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"retried after {sends[1].ReceivedAt - sends[0].ReceivedAt}");
        Assert.Equal(MenuPrompt, sends[2].Text);
    }

    [Fact]
    public async Task Retries_a_5xx_until_it_goes_through_and_keeps_the_order()
    {
        var chat = TelegramHostFixture.NewChat();
        host.Telegram.Script(Key(chat), FakeTelegramAnswer.BadGateway, FakeTelegramAnswer.BadGateway);

        using var response = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 4);

        Assert.All(sends.Take(3), send => Assert.StartsWith(Greeting, send.Text, StringComparison.Ordinal));
        Assert.Equal(MenuPrompt, sends[3].Text);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(400)]
    public async Task Never_retries_a_blocked_user_or_a_bad_request_and_holds_the_rest_of_the_turn(int status)
    {
        var chat = TelegramHostFixture.NewChat();
        host.Telegram.Script(Key(chat), status == 403 ? FakeTelegramAnswer.Blocked : FakeTelegramAnswer.BadRequest);

        using var first = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        using var next = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 2);

        Assert.StartsWith(Greeting, sends[0].Text, StringComparison.Ordinal);
        Assert.Equal(MenuPrompt, sends[1].Text);
        Assert.Equal(2, FakeTelegram.Sends(host.Telegram.Requests, chat).Count);
    }

    [Fact]
    public async Task Gives_up_a_reply_after_the_configured_attempts_of_5xx()
    {
        var chat = TelegramHostFixture.NewChat();
        host.Telegram.Script(Key(chat), Enumerable.Repeat(FakeTelegramAnswer.BadGateway, 4).ToArray());

        using var first = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        using var next = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 5);

        Assert.All(sends.Take(4), send => Assert.StartsWith(Greeting, send.Text, StringComparison.Ordinal));
        Assert.Equal(MenuPrompt, sends[4].Text);
    }

    [Fact]
    public async Task Queues_a_burst_behind_the_per_chat_and_overall_rate_limits()
    {
        using var factory = host.CreateFactory(("Channels:Telegram:PerChatPerSecond", "1"), ("Channels:Telegram:OverallPerSecond", "2"));
        using var client = factory.CreateClient();
        var single = TelegramHostFixture.NewChat();
        long[] chats = [TelegramHostFixture.NewChat(), TelegramHostFixture.NewChat(), TelegramHostFixture.NewChat()];

        // A first turn warms the new host (connection, JIT), so the measured one is paced only by the limiter.
        var warmUp = TelegramHostFixture.NewChat();
        using var warm = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), warmUp, "/start"));
        await host.Telegram.WaitForSendsAsync(warmUp, 2);
        using var alone = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), single, "/start"));
        var paced = await host.Telegram.WaitForSendsAsync(single, 2);
        var posts = await Task.WhenAll(chats.Select(chat => TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"))));
        var requests = await host.Telegram.WaitAsync(all => chats.All(chat => FakeTelegram.Sends(all, chat).Count >= 2), TimeSpan.FromSeconds(20));

        Assert.True(paced[1].ReceivedAt - paced[0].ReceivedAt >= TimeSpan.FromSeconds(0.85), $"1/s per chat, yet {paced[1].ReceivedAt - paced[0].ReceivedAt} apart");
        Assert.All(posts, post => Assert.Equal(HttpStatusCode.OK, post.StatusCode));
        var arrivals = chats.SelectMany(chat => FakeTelegram.Sends(requests, chat)).Select(s => s.ReceivedAt).Order().ToArray();
        Assert.Equal(6, arrivals.Length);
        Assert.True(arrivals[4] - arrivals[0] >= TimeSpan.FromSeconds(0.9), $"2/s overall, yet the fifth came {arrivals[4] - arrivals[0]} after the first");
        foreach (var post in posts)
        {
            post.Dispose();
        }
    }

    private static string Key(long chat) => chat.ToString(CultureInfo.InvariantCulture);
}
