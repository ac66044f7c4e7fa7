using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.EndToEnd;

/// <summary>The whole product over HTTP on the embedded Garnet: nothing between /api/messages and the store is faked.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class PledgeOverHttpTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _client = null!;
    private int _nextId;

    public Task InitializeAsync()
    {
        _host = TestHost.Create().With("Campaign:PublicBaseUrl", "https://khongmotminh.example").Build();
        _client = _host.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Pledges_over_http_counts_it_in_the_public_stats_once_and_forgets_the_pledger_on_request()
    {
        await SayAsync("u1", "xin chào");
        await SayAsync("u1", "cam kết");
        for (var i = 0; i < PledgeFlow.Situations; i++)
        {
            await SayAsync("u1", "1");
        }

        await SayAsync("u1", "1 2 3");
        await SayAsync("u1", "xong");
        await SayAsync("u1", "hà nội");
        var thanks = await SayAsync("u1", "18–24");

        Assert.Contains("1", thanks[0].Text, StringComparison.Ordinal);
        var card = Assert.Single(thanks[^1].Attachments!).Content!.Value;
        var cardUrl = card.GetProperty("images")[0].GetProperty("url").GetString()!;
        Assert.StartsWith("https://khongmotminh.example/cards/pledge.png?", cardUrl, StringComparison.Ordinal);
        using (var image = await _client.GetAsync(new Uri(cardUrl).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        }

        var again = await SayAsync("u1", "cam kết");
        var stats = await _client.GetFromJsonAsync<JsonElement>("/api/stats");

        Assert.StartsWith("Bạn đã cam kết ngày", again[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, stats.GetProperty("pledges").GetInt64());
        Assert.Equal(1, stats.GetProperty("pledgesByProvince").GetProperty("TP. Hà Nội").GetInt64());

        await SayAsync("u1", "xóa dữ liệu của tôi");
        var deleted = await SayAsync("u1", "có");
        var afterDelete = await _client.GetFromJsonAsync<JsonElement>("/api/stats");

        Assert.StartsWith("Xong rồi", deleted[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, afterDelete.GetProperty("pledges").GetInt64());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private Task<IReadOnlyList<Activity>> SayAsync(string user, string text) =>
        ExpectRepliesClient.SayAsync(_client, $"e2e-{Interlocked.Increment(ref _nextId)}", text, user, $"conversation-{user}");
}
