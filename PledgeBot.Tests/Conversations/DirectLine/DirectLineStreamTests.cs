using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DirectLineStreamTests(DirectLineHostFixture host)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    private readonly DirectLineTestClient _client = new(host.CreateClient());

    [Fact]
    public async Task Stream_sends_the_backlog_then_each_new_activity_with_its_watermark()
    {
        var conversation = await _client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);

        var backlog = await ReceiveSetAsync(socket);
        var id = await _client.PostMessageAsync(conversation, "xin chào", "client-ws");
        var received = new List<JsonObject>();
        while (!received.Any(activity => (string?)activity["replyToId"] == id))
        {
            var set = await ReceiveSetAsync(socket);
            received.AddRange(set["activities"]!.AsArray().Select(node => node!.AsObject()));
            Assert.Equal(((string)received[^1]["id"]!).Split('|')[1].TrimStart('0'), (string?)set["watermark"]);
        }

        Assert.NotEmpty(backlog["activities"]!.AsArray());
        Assert.Equal(id, (string?)received[0]["id"]);
        Assert.Equal("client-ws", (string?)received[0]["channelData"]!["clientActivityID"]);
    }

    [Fact]
    public async Task Stream_from_a_watermark_skips_what_the_client_has()
    {
        var conversation = await _client.StartAsync();
        var seen = await _client.GetActivitiesAsync(conversation, null);
        var id = await _client.PostMessageAsync(conversation, "menu");
        var streamUrl = (string)conversation["streamUrl"]! + "&watermark=" + (string)seen["watermark"]!;
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var set = await ReceiveSetAsync(socket);

        Assert.Equal(id, (string?)set["activities"]![0]!["id"]);
    }

    [Fact]
    public async Task A_second_stream_closes_the_first_with_reason_collision()
    {
        var conversation = await _client.StartAsync();
        using var first = new ClientWebSocket();
        await first.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        await ReceiveSetAsync(first);

        using var second = new ClientWebSocket();
        await second.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        using var timeout = new CancellationTokenSource(s_wait);
        var result = await first.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_refuses_a_token_for_another_conversation_with_403()
    {
        var mine = await _client.StartAsync();
        var theirs = await _client.StartAsync();
        var url = ((string)theirs["streamUrl"]!).Split("?t=")[0] + "?t=" + Uri.EscapeDataString((string)mine["token"]!);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static async Task<JsonObject> ReceiveSetAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
    }
}
