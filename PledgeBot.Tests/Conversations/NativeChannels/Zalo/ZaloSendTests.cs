using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Conversations.NativeChannels.Zalo;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ZaloSendTests(ZaloHostFixture host) : IClassFixture<ZaloHostFixture>
{
    private ZaloAdapter Adapter => host.Factory.Services.GetRequiredService<ZaloAdapter>();

    [Fact]
    public async Task Sends_text_as_a_text_message_to_the_user_of_the_conversation()
    {
        var user = ZaloWebhooks.NewUser();

        await Adapter.SendAsync(Reply(user) with { Text = "Chào bạn" }, CancellationToken.None);

        var sent = Assert.Single(host.Zalo.Delivered(user));
        AssertJson($$$"""{"recipient":{"user_id":"{{{user}}}"},"message":{"text":"Chào bạn"}}""", sent.Body);
    }

    [Fact]
    public async Task Sends_suggested_actions_as_query_hide_buttons_carrying_the_value_and_urls_as_open_url_buttons()
    {
        var user = ZaloWebhooks.NewUser();
        var reply = Reply(user) with
        {
            Text = "Chọn nhé",
            SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    CardAction.ImBack("🤝 Cam kết", "menu.pledge"),
                    new CardAction { Type = ActionTypes.ImBack, Title = "Đố vui" },
                    CardAction.OpenUrl("Tìm hiểu", "https://pledge.example/about"),
                ],
            },
        };

        await Adapter.SendAsync(reply, CancellationToken.None);

        var sent = Assert.Single(host.Zalo.Delivered(user));
        AssertJson("""
            {"text":"Chọn nhé","attachment":{"type":"template","payload":{"buttons":[
              {"title":"🤝 Cam kết","type":"oa.query.hide","payload":"menu.pledge"},
              {"title":"Đố vui","type":"oa.query.hide","payload":"Đố vui"},
              {"title":"Tìm hiểu","type":"oa.open.url","payload":{"url":"https://pledge.example/about"}}]}}}
            """, sent.Message.GetRawText());
    }

    [Fact]
    public async Task Sends_a_hero_card_as_its_image_then_its_title_and_text_with_its_buttons_after_the_reply_text()
    {
        var user = ZaloWebhooks.NewUser();
        var card = new HeroCard
        {
            Title = "Thẻ cam kết của bạn",
            Text = "Chia sẻ nhé",
            Images = [new CardImage { Url = "https://pledge.example/cards/1.png" }],
            Buttons = [CardAction.OpenUrl("Chia sẻ", "https://pledge.example/?ref=AB12")],
        };

        await Adapter.SendAsync(Reply(user) with { Text = "Cảm ơn bạn!", Attachments = [card.ToAttachment()] }, CancellationToken.None);

        var sent = host.Zalo.Delivered(user);
        Assert.Equal(3, sent.Count);
        AssertJson("""{"text":"Cảm ơn bạn!"}""", sent[0].Message.GetRawText());
        AssertJson("""
            {"attachment":{"type":"template","payload":{"template_type":"media","elements":[
              {"media_type":"image","url":"https://pledge.example/cards/1.png"}]}}}
            """, sent[1].Message.GetRawText());
        AssertJson("""
            {"text":"Thẻ cam kết của bạn\nChia sẻ nhé","attachment":{"type":"template","payload":{"buttons":[
              {"title":"Chia sẻ","type":"oa.open.url","payload":{"url":"https://pledge.example/?ref=AB12"}}]}}}
            """, sent[2].Message.GetRawText());
    }

    [Fact]
    public async Task Lists_card_buttons_over_the_limit_in_the_text_instead_of_dropping_them()
    {
        var user = ZaloWebhooks.NewUser();
        var card = new HeroCard { Title = "Chọn", Buttons = [.. Enumerable.Range(1, 7).Select(i => CardAction.ImBack($"Nút {i}", $"v{i}"))] };

        await Adapter.SendAsync(Reply(user) with { Attachments = [card.ToAttachment()] }, CancellationToken.None);

        var sent = Assert.Single(host.Zalo.Delivered(user));
        Assert.Equal(5, sent.Buttons.Count);
        Assert.Contains("7. Nút 7", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splits_text_over_the_limit_into_several_messages_without_losing_any_and_puts_buttons_on_the_last()
    {
        var user = ZaloWebhooks.NewUser();
        var words = string.Join(" ", Enumerable.Range(1, 900).Select(i => $"từ{i}"));

        await Adapter.SendAsync(
            Reply(user) with { Text = words, SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("OK", "ok")] } },
            CancellationToken.None);

        var sent = host.Zalo.Delivered(user);
        Assert.True(sent.Count >= 3);
        Assert.All(sent, send => Assert.True(send.Text!.Length <= 2000));
        Assert.Equal(words, string.Join(" ", sent.Select(send => send.Text)));
        Assert.All(sent.SkipLast(1), send => Assert.Empty(send.Buttons));
        Assert.Single(sent[^1].Buttons);
    }

    [Fact]
    public async Task Skips_replies_that_are_not_messages()
    {
        var user = ZaloWebhooks.NewUser();

        await Adapter.SendAsync(Reply(user) with { Type = ActivityTypes.Typing }, CancellationToken.None);
        await Adapter.SendAsync(Reply(user) with { Text = "sau" }, CancellationToken.None);

        Assert.Equal("sau", Assert.Single(host.Zalo.Attempts(user)).Text);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(-32)]
    public async Task Retries_transient_failures_with_backoff_until_zalo_takes_the_message(int failure)
    {
        var user = ZaloWebhooks.NewUser();
        var answer = failure > 0 ? (failure, 0) : (200, failure);
        host.Zalo.Script(user, answer, answer);

        await Adapter.SendAsync(Reply(user) with { Text = "thử lại" }, CancellationToken.None);

        Assert.Equal(3, host.Zalo.Attempts(user).Count);
        Assert.Single(host.Zalo.Delivered(user));
    }

    [Fact]
    public async Task Gives_up_on_a_transient_failure_after_the_configured_attempts()
    {
        var user = ZaloWebhooks.NewUser();
        host.Zalo.Script(user, (200, -32), (200, -32), (200, -32), (200, -32));

        var failure = await Assert.ThrowsAsync<ChannelSendException>(() => Adapter.SendAsync(Reply(user) with { Text = "x" }, CancellationToken.None));

        Assert.Equal(("-32", false), (failure.Reason, failure.Permanent));
        Assert.Equal(3, host.Zalo.Attempts(user).Count);
    }

    [Theory]
    [InlineData(-230)]
    [InlineData(-232)]
    [InlineData(-213)]
    [InlineData(-211)]
    [InlineData(-218)]
    [InlineData(-227)]
    [InlineData(-201)]
    public async Task Never_retries_a_permanent_error_and_reports_it_as_permanent(int error)
    {
        var user = ZaloWebhooks.NewUser();
        host.Zalo.Script(user, (200, error));

        var failure = await Assert.ThrowsAsync<ChannelSendException>(() => Adapter.SendAsync(Reply(user) with { Text = "x" }, CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Equal(error.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Reason);
        Assert.Single(host.Zalo.Attempts(user));
    }

    [Fact]
    public async Task Holds_back_the_rest_of_a_turn_after_a_reply_zalo_refused()
    {
        var user = ZaloWebhooks.NewUser();
        using var client = host.Factory.CreateClient();
        host.Zalo.Script(user, (200, -230));

        using var response = await client.PostAsync(ZaloWebhooks.Follow(user));
        using var next = await client.PostAsync(ZaloWebhooks.Text(user, "menu"));

        // The greeting was refused, so its menu was not sent; the next turn's menu still goes out.
        var sent = await Eventually.WaitAsync(() => host.Zalo.Attempts(user), sends => sends.Any(send => send.Buttons.Count > 0));
        Assert.Equal(2, sent.Count);
        Assert.Equal("-230", sent[0].Answer);
        Assert.Empty(sent[0].Buttons);
    }

    private static Activity Reply(string user) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "zalo",
        Conversation = new ConversationAccount { Id = $"zalo:{ZaloWebhooks.OaId}:{user}" },
        Recipient = new ChannelAccount { Id = user },
        From = new ChannelAccount { Id = ZaloWebhooks.OaId },
        Locale = "vi-VN",
    };

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
}
