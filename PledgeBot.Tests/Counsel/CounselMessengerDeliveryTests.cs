using System.Net;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Conversations.NativeChannels.Messenger;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(MessengerCollection.Name)]
public sealed class CounselMessengerDeliveryTests(MessengerHostFixture host)
{
    [Fact]
    public async Task Delivers_a_counsellors_message_through_the_Messenger_Send_API()
    {
        var psid = MessengerEvent.NewPsid();
        var console = host.CreateFactory(host.Graph, messenger: true, CounselChannelDelivery.Settings);
        var reference = new ConversationReference
        {
            ChannelId = "facebook",
            Conversation = new ConversationAccount { Id = $"{MessengerEvent.PageId}:{psid}" },
            User = new ChannelAccount { Id = psid },
            Bot = new ChannelAccount { Id = MessengerEvent.PageId },
        };

        var status = await CounselChannelDelivery.SendAsync(console, reference, "Mình ở đây, bạn kể tiếp nhé.");

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = await host.Graph.WaitForAsync(psid, 2);
        Assert.StartsWith("Một tư vấn viên đã vào", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal("🧑 Tư vấn viên: Mình ở đây, bạn kể tiếp nhé.", sent[^1].Text);
    }
}
