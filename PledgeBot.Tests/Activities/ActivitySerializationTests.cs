using System.Text.Json;
using System.Text.Json.Nodes;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Tests.Activities;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ActivitySerializationTests
{
    private const string Incoming = """
        {"type":"message","id":"abc|0000005","timestamp":"2026-11-23T13:05:00.123Z","localTimestamp":"2026-11-23T20:05:00.123+07:00",
         "localTimezone":"Asia/Ho_Chi_Minh","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"telegram",
         "from":{"id":"u-42","name":"Lan","role":"user","futureField":1},"conversation":{"id":"a:b;c|d","isGroup":false},
         "recipient":{"id":"bot","name":"PledgeBot"},"text":"/start KOL123","locale":"vi-VN",
         "channelData":{"message":{"text":"/start KOL123","chat":{"id":42}},"nested":[1,2,{"x":null}]},
         "entities":[{"type":"clientInfo","locale":"vi-VN"}],"value":{"code":"KOL123"},
         "attachments":[{"contentType":"application/vnd.microsoft.card.hero","content":{"title":"T","buttons":[{"type":"imBack","title":"Có","value":"Có"}]}}],
         "someNewProtocolField":{"a":[true,false]}}
        """;

    [Fact]
    public void Keeps_channel_data_and_unknown_fields_through_a_round_trip()
    {
        var activity = JsonSerializer.Deserialize(Incoming, ProtocolJsonContext.Default.Activity)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;
        var original = JsonNode.Parse(Incoming)!;

        Assert.True(JsonNode.DeepEquals(original["channelData"], written["channelData"]));
        Assert.True(JsonNode.DeepEquals(original["someNewProtocolField"], written["someNewProtocolField"]));
        Assert.True(JsonNode.DeepEquals(original["value"], written["value"]));
        Assert.True(JsonNode.DeepEquals(original["entities"], written["entities"]));
        Assert.True(JsonNode.DeepEquals(original["attachments"], written["attachments"]));
        Assert.Equal(1, written["from"]!["futureField"]!.GetValue<int>());
        Assert.Equal("2026-11-23T13:05:00.1230000Z", written["timestamp"]!.GetValue<string>());
        Assert.Equal("2026-11-23T20:05:00.123+07:00", written["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Writes_camel_case_and_leaves_out_nulls()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, ReplyToId = "1" }, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","replyToId":"1"}""", json);
    }

    [Fact]
    public void Writes_Vietnamese_as_utf8_on_the_wire_rather_than_escapes()
    {
        var json = JsonSerializer.Serialize(new Activity { Text = "Chào bạn \"Lan\" <3" }, ProtocolJsonContext.Wire.Activity);

        Assert.Equal("""{"text":"Chào bạn \"Lan\" <3"}""", json);
    }

    [Fact]
    public void Reads_field_names_in_any_case()
    {
        var activity = JsonSerializer.Deserialize("""{"Type":"message","ChannelId":"emulator"}""", ProtocolJsonContext.Default.Activity)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("emulator", activity.ChannelId);
    }

    [Fact]
    public void Addresses_a_reply_back_to_the_sender()
    {
        var incoming = JsonSerializer.Deserialize(Incoming, ProtocolJsonContext.Default.Activity)!;
        var now = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

        var reply = incoming.CreateReply(now, "en-US");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Null(reply.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("PledgeBot", reply.From.Name);
        Assert.Equal("u-42", reply.Recipient!.Id);
        Assert.Equal("a:b;c|d", reply.Conversation!.Id);
        Assert.False(reply.Conversation.IsGroup);
        Assert.Equal("abc|0000005", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reply.ServiceUrl);
        Assert.Equal("telegram", reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal(now, reply.Timestamp);
        Assert.Null(reply.ChannelData);
    }

    [Theory]
    [InlineData("directline", false)]
    [InlineData("webchat", false)]
    [InlineData("emulator", true)]
    public void Leaves_reply_to_id_out_when_greeting_a_conversation_update_on_direct_line(string channel, bool hasReplyToId)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "update-1",
            ChannelId = channel,
            From = new ChannelAccount { Id = "user" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "c" },
        };

        var reply = update.CreateReply(DateTimeOffset.UnixEpoch);

        Assert.Equal(hasReplyToId, reply.ReplyToId is not null);
    }

    [Fact]
    public void Serialises_a_hero_card_as_an_attachment_with_its_content_type()
    {
        var card = new HeroCard { Title = "Cam kết", Buttons = [CardAction.ImBack("Có", "Có"), CardAction.OpenUrl("Tìm hiểu", "https://example.org")] };

        var json = JsonNode.Parse(JsonSerializer.Serialize(new Activity { Attachments = [card.ToAttachment()] }, ProtocolJsonContext.Default.Activity))!;

        var attachment = json["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("Cam kết", attachment["content"]!["title"]!.GetValue<string>());
        Assert.Equal("openUrl", attachment["content"]!["buttons"]![1]!["type"]!.GetValue<string>());
        Assert.Equal("https://example.org", attachment["content"]!["buttons"]![1]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Rejects_a_timestamp_that_is_not_a_date()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"type":"message","timestamp":"yesterday"}""", ProtocolJsonContext.Default.Activity));
    }
}
