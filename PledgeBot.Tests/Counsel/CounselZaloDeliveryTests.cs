using System.Net;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Zalo;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CounselZaloDeliveryTests(ZaloHostFixture host) : IClassFixture<ZaloHostFixture>
{
    [Fact]
    public async Task Delivers_a_counsellors_message_through_the_Zalo_consultation_API()
    {
        var user = ZaloWebhooks.NewUser();
        var console = host.CreateFactory(host.Zalo, CounselChannelDelivery.Settings);
        var reference = new ConversationReference
        {
            ChannelId = "zalo",
            Conversation = new ConversationAccount { Id = ZaloActivities.ConversationId(ZaloWebhooks.OaId, user) },
            User = new ChannelAccount { Id = user },
        };

        var status = await CounselChannelDelivery.SendAsync(console, reference, "Mình ở đây, bạn kể tiếp nhé.");

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = host.Zalo.Delivered(user);
        Assert.StartsWith("Một tư vấn viên đã vào", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal("🧑 Tư vấn viên: Mình ở đây, bạn kể tiếp nhé.", sent[^1].Text);
    }
}
