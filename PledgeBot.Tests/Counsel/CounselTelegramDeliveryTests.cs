using System.Globalization;
using System.Net;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(TelegramCollection.Name)]
public sealed class CounselTelegramDeliveryTests(TelegramHostFixture host)
{
    [Fact]
    public async Task Delivers_a_counsellors_message_through_the_Telegram_Bot_API()
    {
        var chat = TelegramHostFixture.NewChat();
        var id = chat.ToString(CultureInfo.InvariantCulture);
        var console = host.CreateFactory(CounselChannelDelivery.Settings);
        var reference = new ConversationReference
        {
            ChannelId = "telegram",
            Conversation = new ConversationAccount { Id = id },
            User = new ChannelAccount { Id = id },
        };

        var status = await CounselChannelDelivery.SendAsync(console, reference, "Mình ở đây, bạn kể tiếp nhé.");

        Assert.Equal(HttpStatusCode.OK, status);
        var sends = FakeTelegram.Sends(host.Telegram.For(chat), chat);
        Assert.StartsWith("Một tư vấn viên đã vào", sends[0].Text, StringComparison.Ordinal);
        Assert.Equal("🧑 Tư vấn viên: Mình ở đây, bạn kể tiếp nhé.", sends[^1].Text);
        Assert.Contains("↩️ Quay lại bot", sends[^1].KeyboardTitles);
    }
}
