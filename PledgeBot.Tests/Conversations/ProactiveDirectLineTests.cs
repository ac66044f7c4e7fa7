using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Conversations;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(DirectLineCollection.Name)]
public sealed class ProactiveDirectLineTests(DirectLineHostFixture host)
{
    [Fact]
    public async Task Puts_the_message_in_the_conversations_activity_log_where_the_page_reads_it()
    {
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var conversation = await client.StartAsync("vi-VN");
        var before = await client.GetActivitiesAsync(conversation, null);
        var sender = host.Factory.Services.GetRequiredService<IProactiveSender>();
        var reference = new ConversationReference
        {
            ChannelId = Channels.DirectLine,
            Conversation = new ConversationAccount { Id = (string)conversation["conversationId"]! },
            User = new ChannelAccount { Id = "dl_user" },
        };

        var outcome = await sender.SendAsync(
            reference, [new Activity { Type = ActivityTypes.Message, Text = "Tư vấn viên: mình ở đây." }], CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Delivered, outcome);
        var after = await client.GetActivitiesAsync(conversation, (string?)before["watermark"]);
        var activity = Assert.IsType<JsonObject>(Assert.Single(after["activities"]!.AsArray()));
        Assert.Equal("Tư vấn viên: mình ở đây.", (string?)activity["text"]);
        Assert.Equal("bot", (string?)activity["from"]!["role"]);
        Assert.Equal((string)conversation["conversationId"]!, (string?)activity["conversation"]!["id"]);
    }
}
