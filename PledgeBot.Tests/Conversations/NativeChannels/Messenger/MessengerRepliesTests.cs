using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Messenger;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class MessengerRepliesTests
{
    [Theory]
    [InlineData(400, 2, null, true)]
    [InlineData(400, 17, null, true)]
    [InlineData(400, 32, null, true)]
    [InlineData(400, 80001, null, true)]
    [InlineData(500, 1, null, true)]
    [InlineData(500, 190, null, false)]
    [InlineData(400, 10, 2018278, false)]
    [InlineData(400, 368, null, false)]
    [InlineData(404, null, null, false)]
    [InlineData(408, null, null, true)]
    public void Calls_only_temporary_errors_transient(int status, int? code, int? subcode, bool transient)
    {
        var failure = new MessengerFailure(status, code, subcode, null);

        Assert.Equal(transient, failure.Transient);
    }

    [Fact]
    public void Names_a_failure_by_its_codes_only()
    {
        Assert.Equal(
            ["code-10-2018278", "code-190", "http-502"],
            new[] { new MessengerFailure(400, 10, 2018278, "x"), new MessengerFailure(400, 190, null, null), new MessengerFailure(502, null, null, null) }.Select(f => f.Reason));
    }

    [Fact]
    public void Shortens_between_whole_characters_with_an_ellipsis()
    {
        Assert.Equal("💬 Cần người lắng…", MessengerLimits.Shorten("💬 Cần người lắng nghe", 20));
        Assert.Equal("Đố vui", MessengerLimits.Shorten("Đố vui", 20));
        Assert.True(MessengerLimits.Shorten(string.Concat(Enumerable.Repeat("😀", 30)), 20).Length <= 20);
    }

    [Fact]
    public void Sends_quick_replies_on_the_last_message_after_a_card()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Your card",
            Attachments = [new HeroCard { Title = "Card", Images = [new CardImage { Url = "https://pledge.example/c.png" }] }.ToAttachment()],
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Menu", "menu")] },
        };

        var messages = MessengerReplies.Build(reply, optionsListed: false);

        Assert.Equal(2, messages.Count);
        Assert.False(messages[0].TryGetProperty("quick_replies", out _));
        Assert.Equal("menu", messages[1].GetProperty("quick_replies")[0].GetProperty("payload").GetString());
        Assert.Equal("generic", messages[1].GetProperty("attachment").GetProperty("payload").GetProperty("template_type").GetString());
    }

    [Fact]
    public void Does_not_number_the_options_of_a_more_follow_up_again()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Các lựa chọn khác:",
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Một lựa chọn rất là dài dòng", "x")] },
        };

        var listed = MessengerReplies.Build(reply, optionsListed: true);
        var unlisted = MessengerReplies.Build(reply, optionsListed: false);

        Assert.Equal("Các lựa chọn khác:", listed[0].GetProperty("text").GetString());
        Assert.Equal("Các lựa chọn khác:\n\n1. Một lựa chọn rất là dài dòng", unlisted[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Sends_a_card_title_over_80_characters_in_full_as_text_before_the_template()
    {
        var title = new string('t', 100);
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [new HeroCard { Title = title }.ToAttachment()] };

        var messages = MessengerReplies.Build(reply, optionsListed: false);

        Assert.Equal(title, messages[0].GetProperty("text").GetString());
        Assert.Equal(80, messages[1].GetProperty("attachment").GetProperty("payload").GetProperty("elements")[0].GetProperty("title").GetString()!.Length);
    }

    [Fact]
    public void Sends_a_replys_native_facebook_channel_data_as_the_message()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "ignored",
            ChannelData = JsonDocument.Parse("""{"facebook":{"text":"native","metadata":"campaign"}}""").RootElement,
        };

        var message = Assert.Single(MessengerReplies.Build(reply, optionsListed: false));

        Assert.Equal("""{"text":"native","metadata":"campaign"}""", message.GetRawText());
    }
}
