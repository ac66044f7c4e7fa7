using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DirectLineConversationTests(DirectLineHostFixture host)
{
    private readonly DirectLineTestClient _client = new(host.CreateClient());

    [Fact]
    public async Task Page_token_has_Direct_Lines_token_shape()
    {
        using var http = host.CreateClient();

        var token = await DirectLineTestClient.ReadObjectAsync(await http.PostAsync("api/directline/token", null));

        Assert.False(string.IsNullOrEmpty((string?)token["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)token["token"]));
        Assert.Equal(1800, (int)token["expires_in"]!);
        Assert.False(token.ContainsKey("streamUrl"), "a token answer has no stream URL (nulls are omitted)");
    }

    [Fact]
    public async Task Starting_answers_a_stream_url_on_this_host_and_greets_in_the_start_locale()
    {
        var conversation = await _client.StartAsync("en-US");

        var streamUrl = new Uri((string)conversation["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal(host.BaseAddress.Port, streamUrl.Port);
        Assert.Contains("t=", streamUrl.Query, StringComparison.Ordinal);
        var set = await _client.GetActivitiesAsync(conversation, null);
        var greeting = Assert.IsType<JsonObject>(set["activities"]![0]);
        Assert.Equal(Content(Language.English, Text.Welcome.Greeting), (string?)greeting["text"]);
        Assert.Equal("bot", (string?)greeting["from"]!["role"]);
    }

    [Fact]
    public async Task Posting_echoes_the_users_activity_then_the_replies_with_rising_watermarks()
    {
        var conversation = await _client.StartAsync("vi-VN");
        var greeted = await _client.GetActivitiesAsync(conversation, null);
        var watermark = (string)greeted["watermark"]!;

        var id = await _client.PostMessageAsync(conversation, "xin chào", "client-42");
        var set = await _client.GetActivitiesAsync(conversation, watermark);

        var conversationId = (string)conversation["conversationId"]!;
        var activities = set["activities"]!.AsArray().Select(node => node!.AsObject()).ToArray();
        var echo = activities[0];
        Assert.Equal(id, (string?)echo["id"]);
        Assert.StartsWith($"{conversationId}|", id, StringComparison.Ordinal);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.StartsWith("dl_", (string?)echo["from"]!["id"], StringComparison.Ordinal);
        Assert.Equal("Lan", (string?)echo["from"]!["name"]);
        Assert.True(activities.Length > 1, "the bot should have answered");
        Assert.All(activities, activity =>
        {
            Assert.Equal("webchat", (string?)activity["channelId"]);
            Assert.Equal(conversationId, (string?)activity["conversation"]!["id"]);
            Assert.Equal(new Uri(host.BaseAddress, "v3/directline/").ToString(), (string?)activity["serviceUrl"]);
            Assert.NotNull(activity["timestamp"]);
            Assert.NotNull(activity["id"]);
        });
        Assert.All(activities.Skip(1), reply => Assert.Equal(id, (string?)reply["replyToId"]));
        var watermarks = activities.Select(activity => long.Parse(((string)activity["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(watermarks.Order(), watermarks);
        Assert.True(watermarks[0] > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(watermarks[^1].ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)set["watermark"]);
        var again = await _client.GetActivitiesAsync(conversation, (string)set["watermark"]!);
        Assert.Empty(again["activities"]!.AsArray());
        Assert.Equal((string?)set["watermark"], (string?)again["watermark"]);
    }

    [Fact]
    public async Task Two_conversations_never_see_each_others_activities()
    {
        var first = await _client.StartAsync();
        var second = await _client.StartAsync();

        await _client.PostMessageAsync(first, "quiz", "only-in-first");
        var seenBySecond = await _client.GetActivitiesAsync(second, null);

        Assert.NotEqual((string?)first["conversationId"], (string?)second["conversationId"]);
        Assert.DoesNotContain("only-in-first", seenBySecond.ToJsonString(), StringComparison.Ordinal);
        Assert.All(
            seenBySecond["activities"]!.AsArray(),
            activity => Assert.Equal((string?)second["conversationId"], (string?)activity!["conversation"]!["id"]));
    }

    [Fact]
    public async Task Reconnecting_answers_a_new_token_and_a_stream_url_from_the_watermark()
    {
        var conversation = await _client.StartAsync();
        var path = $"{DirectLineTestClient.Base}/conversations/{conversation["conversationId"]}?watermark=3";

        using var response = await _client.SendAsync(HttpMethod.Get, path, (string)conversation["token"]!);

        var reconnected = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal((string?)conversation["conversationId"], (string?)reconnected["conversationId"]);
        Assert.Contains("watermark=3", (string?)reconnected["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refreshing_keeps_the_conversation_with_a_new_token()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/refresh", (string)conversation["token"]!);

        var refreshed = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal((string?)conversation["conversationId"], (string?)refreshed["conversationId"]);
        var renewed = conversation.DeepClone().AsObject();
        renewed["token"] = (string?)refreshed["token"];
        await _client.PostMessageAsync(renewed, "menu");
    }

    [Fact]
    public async Task Generating_with_the_secret_starts_a_directline_conversation_for_the_named_user()
    {
        var body = new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_kiosk-7" } };

        using var response = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/generate", DirectLineHostFixture.Secret, body);
        var token = await DirectLineTestClient.ReadObjectAsync(response);
        using var started = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations", (string)token["token"]!, new JsonObject());
        var conversation = await DirectLineTestClient.ReadObjectAsync(started);
        await _client.PostMessageAsync(conversation, "menu");
        var set = await _client.GetActivitiesAsync(conversation, null);

        var echo = set["activities"]!.AsArray().First(activity => (string?)activity!["from"]!["role"] == "user")!;
        Assert.Equal("dl_kiosk-7", (string?)echo["from"]!["id"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
    }

    [Fact]
    public async Task Generating_without_the_secret_is_refused_with_401()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/generate", (string)conversation["token"]!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Content(Language language, TextKey key) =>
        host.Factory.Services.GetRequiredService<IContentSource>().Current.Get(language, key);
}
