using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Tests.Conversations;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(TelegramCollection.Name)]
public sealed class ProactiveTelegramTests(TelegramHostFixture host)
{
    [Fact]
    public async Task Sends_through_the_platform_with_its_keyboard_as_a_turn_reply_would()
    {
        var chat = TelegramHostFixture.NewChat();
        var sender = host.Factory.Services.GetRequiredService<IProactiveSender>();
        var reference = new ConversationReference
        {
            ChannelId = "telegram",
            Conversation = new ConversationAccount { Id = chat.ToString(CultureInfo.InvariantCulture) },
            User = new ChannelAccount { Id = chat.ToString(CultureInfo.InvariantCulture) },
        };
        var question = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Câu 3: Người lạ xin ảnh riêng tư. Bạn làm gì?",
            SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack("A", "A"), CardAction.ImBack("B", "B")],
            },
        };

        var outcome = await sender.SendAsync(reference, [question], CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Delivered, outcome);
        var send = Assert.Single(FakeTelegram.Sends(host.Telegram.For(chat), chat));
        Assert.Equal("Câu 3: Người lạ xin ảnh riêng tư. Bạn làm gì?", send.Text);
        Assert.Equal(["A", "B"], send.KeyboardTitles);
    }
}
