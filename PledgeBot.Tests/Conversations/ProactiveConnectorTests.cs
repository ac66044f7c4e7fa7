using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Conversations;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(HttpCollection.Name)]
public sealed class ProactiveConnectorTests(BotHostFixture host)
{
    private ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = host.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "29:user-proactive" },
        Bot = new ChannelAccount { Id = "28:bot-proactive" },
        Locale = "vi-VN",
    };

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Posts_new_messages_to_the_conversation_in_order_addressed_from_the_reference()
    {
        var conversationId = "a:proactive-" + Guid.NewGuid().ToString("N");
        var sender = host.Factory.Services.GetRequiredService<IProactiveSender>();

        var outcome = await sender.SendAsync(Reference(conversationId), [Message("Câu 1"), Message("Câu 2")], CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Delivered, outcome);
        var calls = host.Connector.RequestsFor(conversationId);
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Equal("POST", call.Method);
            Assert.EndsWith($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", call.RawTarget, StringComparison.Ordinal);
        });
        var bodies = calls.Select(call => JsonDocument.Parse(call.Body).RootElement).ToArray();
        Assert.Equal(["Câu 1", "Câu 2"], bodies.Select(body => body.GetProperty("text").GetString()));
        Assert.All(bodies, body =>
        {
            Assert.Equal("29:user-proactive", body.GetProperty("recipient").GetProperty("id").GetString());
            Assert.Equal("28:bot-proactive", body.GetProperty("from").GetProperty("id").GetString());
            Assert.Equal("vi-VN", body.GetProperty("locale").GetString());
            Assert.False(body.TryGetProperty("replyToId", out _));
            Assert.False(body.TryGetProperty("id", out _));
        });
    }

    [Fact]
    public async Task Holds_back_the_rest_when_the_Connector_refuses_one()
    {
        var conversationId = "a:proactive-refused-" + Guid.NewGuid().ToString("N");
        host.Connector.Script(conversationId, new FakeConnectorResponse(403));
        var sender = host.Factory.Services.GetRequiredService<IProactiveSender>();

        var outcome = await sender.SendAsync(Reference(conversationId), [Message("một"), Message("hai")], CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Failed, outcome);
        var call = Assert.Single(host.Connector.RequestsFor(conversationId));
        Assert.Equal("một", JsonDocument.Parse(call.Body).RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("msteams", null, "a:conversation")]
    [InlineData("msteams", "not a url", "a:conversation")]
    [InlineData(null, "http://127.0.0.1:9/", "a:conversation")]
    [InlineData("msteams", "http://127.0.0.1:9/", null)]
    [InlineData("directline", null, "no-such-direct-line-conversation")]
    public async Task Answers_unreachable_for_a_reference_no_channel_can_send_to(string? channel, string? serviceUrl, string? conversation)
    {
        var sender = host.Factory.Services.GetRequiredService<IProactiveSender>();
        var reference = new ConversationReference
        {
            ChannelId = channel,
            ServiceUrl = serviceUrl,
            Conversation = conversation is null ? null : new ConversationAccount { Id = conversation },
        };

        var outcome = await sender.SendAsync(reference, [Message("xin chào")], CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Unreachable, outcome);
        if (conversation is not null)
        {
            Assert.Empty(host.Connector.RequestsFor(conversation));
        }
    }
}
