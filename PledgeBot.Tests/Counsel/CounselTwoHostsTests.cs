using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Tests.Campaign.Live;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(CounselCollection.Name)]
public sealed class CounselTwoHostsTests(CounselHostFixture host)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Carries_a_chat_between_a_young_person_on_one_instance_and_a_counsellor_on_the_other()
    {
        var conversation = "two-hosts-" + Guid.NewGuid().ToString("N");
        await host.SayAsync(host.First, conversation, "xin chào");
        var offer = await host.SayAsync(host.First, conversation, "3");
        Assert.Contains("💬 Nhắn với tư vấn viên", offer[^1].SuggestedActions!.Actions.Select(action => action.Title));
        var queued = await host.SayAsync(host.First, conversation, "💬 Nhắn với tư vấn viên");
        Assert.Contains("vị trí số", queued[^1].Text, StringComparison.Ordinal);
        Assert.Contains("111", queued[^1].Text, StringComparison.Ordinal);
        var waiting = await host.SayAsync(host.First, conversation, "alo");
        Assert.Contains("vị trí số", waiting[^1].Text, StringComparison.Ordinal);
        var id = (await host.ChatIdAsync(conversation))!;
        using var counsellor = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);

        (await counsellor.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        using var response = await counsellor.GetAsync($"/api/counsel/{id}/stream", HttpCompletionOption.ResponseHeadersRead);
        using var stream = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        var earlier = await NextMessageAsync(stream);
        var silent = await host.SayAsync(host.First, conversation, "tao muốn chết, tao để dành thuốc rồi");
        var live = await NextMessageAsync(stream);
        using var sent = await counsellor.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = "Mình ở đây với bạn. Bạn đang ở đâu?" });
        var echoed = await NextMessageAsync(stream);
        using var ended = await counsellor.PostAsync($"/api/counsel/{id}/end", null);
        var end = await NextBlockAsync(stream);
        var back = await host.SayAsync(host.First, conversation, "1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("user", "alo"), (earlier.GetProperty("from").GetString(), earlier.GetProperty("text").GetString()));
        Assert.Empty(silent);
        Assert.Equal("tao muốn chết, tao để dành thuốc rồi", live.GetProperty("text").GetString());
        Assert.Equal("high", live.GetProperty("risk").GetString());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(("counsellor", "Mình ở đây với bạn. Bạn đang ở đâu?"), (echoed.GetProperty("from").GetString(), echoed.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("event: ended", end);
        var delivered = await host.WaitForDeliveredAsync(conversation, 3);
        Assert.Equal(3, delivered.Count);
        Assert.StartsWith("Một tư vấn viên đã vào", delivered[0], StringComparison.Ordinal);
        Assert.Equal("🧑 Tư vấn viên: Mình ở đây với bạn. Bạn đang ở đâu?", delivered[1]);
        Assert.StartsWith("Cuộc trò chuyện với tư vấn viên đã kết thúc", delivered[2], StringComparison.Ordinal);
        var closing = JsonDocument.Parse(host.Connector.RequestsFor(conversation)[2].Body).RootElement;
        Assert.Contains("🤝 Cam kết", closing.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("title").GetString()));
        Assert.Contains(back, reply => reply.Text?.Contains("1/3", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Tells_the_counsellors_stream_when_the_young_person_goes_back_to_the_bot()
    {
        var conversation = "back-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        using var counsellor = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        (await counsellor.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        using var response = await counsellor.GetAsync($"/api/counsel/{id}/stream", HttpCompletionOption.ResponseHeadersRead);
        using var stream = new ServerSentEvents(await response.Content.ReadAsStreamAsync());

        var back = await host.SayAsync(host.First, conversation, "quay lại bot");
        var end = await NextBlockAsync(stream);

        Assert.Contains("event: ended", end);
        Assert.Contains(end, line => line.Contains("\"by\":\"user\"", StringComparison.Ordinal));
        Assert.StartsWith("Mình đây rồi", Assert.Single(back).Text, StringComparison.Ordinal);
        Assert.Null(await host.ChatIdAsync(conversation));
        using var gone = await counsellor.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = "bạn còn đó không?" });
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<IReadOnlyList<string>> NextBlockAsync(ServerSentEvents stream)
    {
        while (true)
        {
            var block = await stream.NextAsync(s_wait);
            if (block.Any(line => line.StartsWith("event:", StringComparison.Ordinal)))
            {
                return block;
            }
        }
    }

    private static async Task<JsonElement> NextMessageAsync(ServerSentEvents stream)
    {
        var block = await NextBlockAsync(stream);
        Assert.Contains("event: message", block);
        return JsonDocument.Parse(block.Single(line => line.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..]).RootElement;
    }
}
