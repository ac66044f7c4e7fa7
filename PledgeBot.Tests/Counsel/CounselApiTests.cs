using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(CounselCollection.Name)]
public sealed class CounselApiTests(CounselHostFixture host)
{
    [Theory]
    [InlineData(null)]
    [InlineData(CounselHostFixture.StaffKey)]
    [InlineData("not-a-key-at-all")]
    public async Task Refuses_the_console_without_a_counsellor_key_a_staff_key_included(string? key)
    {
        using var client = CounselHostFixture.Client(host.Second, key);

        using var queue = await client.GetAsync("/api/counsel/queue");
        using var claim = await client.PostAsync($"/api/counsel/{new string('a', 32)}/claim", null);
        using var stream = await client.GetAsync($"/api/counsel/{new string('a', 32)}/stream");

        Assert.All(new[] { queue, claim, stream }, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal("application/problem+json", queue.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Refuses_a_counsellor_key_on_staff_routes_that_a_staff_key_opens()
    {
        using var counsellor = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        using var staff = CounselHostFixture.Client(host.Second, CounselHostFixture.StaffKey);
        const string Export = "/admin/export/counsel.csv?from=2026-01-01&to=2026-01-02";

        using var byCounsellor = await counsellor.GetAsync(Export);
        using var dashboard = await counsellor.GetAsync("/admin/dashboard.json");
        using var byStaff = await staff.GetAsync(Export);

        Assert.Equal(HttpStatusCode.Unauthorized, byCounsellor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byStaff.StatusCode);
    }

    [Fact]
    public async Task Lists_the_queue_by_risk_then_waiting_time_with_each_channels_reply_window()
    {
        var queue = host.First.Services.GetRequiredService<ICounselQueue>();
        var now = DateTimeOffset.UtcNow;
        var calm = await EnqueueAsync(queue, "telegram", RiskLevel.None, now.AddMinutes(-9));
        var worried = await EnqueueAsync(queue, "zalo", RiskLevel.Concern, now.AddMinutes(-1));
        var older = await EnqueueAsync(queue, "facebook", RiskLevel.High, now.AddMinutes(-4));
        var newer = await EnqueueAsync(queue, "webchat", RiskLevel.High, now.AddMinutes(-2));
        using var client = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);

        var items = (await client.GetFromJsonAsync<JsonElement>("/api/counsel/queue")).EnumerateArray()
            .Where(item => new[] { calm.Id, worried.Id, older.Id, newer.Id }.Contains(item.GetProperty("id").GetString()))
            .ToArray();

        Assert.Equal([older.Id, newer.Id, worried.Id, calm.Id], items.Select(item => item.GetProperty("id").GetString()));
        Assert.Equal(["high", "high", "concern", "none"], items.Select(item => item.GetProperty("risk").GetString()));
        Assert.Equal(["self_harm"], items[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.InRange(items[0].GetProperty("waitingSeconds").GetInt64(), 230, 300);
        Assert.Equal("vi", items[0].GetProperty("language").GetString());
        Assert.Equal(older.At.AddHours(24).ToUnixTimeSeconds(), items[0].GetProperty("replyWindowEndsAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(worried.At.AddDays(7).ToUnixTimeSeconds(), items[2].GetProperty("replyWindowEndsAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("replyWindowEndsAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[3].GetProperty("replyWindowEndsAt").ValueKind);
        Assert.All(items, item => Assert.Equal(JsonValueKind.Null, item.GetProperty("claimedBy").ValueKind));
        foreach (var chat in new[] { calm, worried, older, newer })
        {
            await queue.LeaveAsync(chat.Key, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Claims_a_chat_once_and_answers_409_to_a_second_counsellor_and_404_to_an_unknown_chat()
    {
        var conversation = "claim-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        using var first = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        using var second = CounselHostFixture.Client(host.First, CounselHostFixture.OtherCounsellorKey);

        using var claimed = await first.PostAsync($"/api/counsel/{id}/claim", null);
        using var again = await first.PostAsync($"/api/counsel/{id}/claim", null);
        using var taken = await second.PostAsync($"/api/counsel/{id}/claim", null);
        using var unknown = await first.PostAsync($"/api/counsel/{new string('0', 32)}/claim", null);
        using var malformed = await first.PostAsync("/api/counsel/not-an-id/claim", null);
        using var foreignStream = await second.GetAsync($"/api/counsel/{id}/stream");

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, foreignStream.StatusCode);
        var item = (await first.GetFromJsonAsync<JsonElement>("/api/counsel/queue")).EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal(CounselHostFixture.Hash(CounselHostFixture.CounsellorKey)[..12], item.GetProperty("claimedBy").GetString());
        Assert.True(item.GetProperty("claimedByYou").GetBoolean());
        Assert.Contains(host.Delivered(conversation), text => text.StartsWith("Một tư vấn viên đã vào", StringComparison.Ordinal));
        await first.PostAsync($"/api/counsel/{id}/end", null);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}")]
    [InlineData("{\"text\":\"   \"}")]
    [InlineData("{}")]
    [InlineData("{\"text\":42}")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Refuses_an_empty_or_malformed_message_with_400(string body)
    {
        var (id, client) = await ClaimedAsync();

        using var response = await client.PostAsync($"/api/counsel/{id}/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1–2000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await client.PostAsync($"/api/counsel/{id}/end", null);
    }

    [Fact]
    public async Task Refuses_a_message_over_2000_characters_and_a_body_over_its_limit()
    {
        var (id, client) = await ClaimedAsync();

        using var longText = await client.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = new string('a', 2001) });
        using var huge = await client.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = new string('a', 20_000) });
        using var longest = await client.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = new string('b', 2000) });

        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        await client.PostAsync($"/api/counsel/{id}/end", null);
    }

    [Fact]
    public async Task Refuses_a_message_release_or_end_from_a_counsellor_who_has_not_claimed_the_chat()
    {
        var (id, client) = await ClaimedAsync();
        using var other = CounselHostFixture.Client(host.Second, CounselHostFixture.OtherCounsellorKey);

        using var message = await other.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = "xin chào" });
        using var release = await other.PostAsync($"/api/counsel/{id}/release", null);
        using var end = await other.PostAsync($"/api/counsel/{id}/end", null);
        using var unknownMessage = await other.PostAsJsonAsync($"/api/counsel/{new string('1', 32)}/messages", new { text = "xin chào" });

        Assert.Equal(HttpStatusCode.Conflict, message.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, end.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownMessage.StatusCode);
        await client.PostAsync($"/api/counsel/{id}/end", null);
    }

    [Fact]
    public async Task Releases_a_chat_back_to_the_queue_for_another_counsellor_and_tells_the_young_person()
    {
        var conversation = "release-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        using var first = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        using var second = CounselHostFixture.Client(host.Second, CounselHostFixture.OtherCounsellorKey);
        await first.PostAsync($"/api/counsel/{id}/claim", null);

        using var released = await first.PostAsync($"/api/counsel/{id}/release", null);
        using var taken = await second.PostAsync($"/api/counsel/{id}/claim", null);
        using var ended = await second.PostAsync($"/api/counsel/{id}/end", null);
        using var gone = await second.PostAsync($"/api/counsel/{id}/end", null);

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var delivered = await host.WaitForDeliveredAsync(conversation, 4);
        Assert.Contains(delivered, text => text.StartsWith("Tư vấn viên vừa chuyển bạn lại hàng chờ", StringComparison.Ordinal));
        Assert.StartsWith("Cuộc trò chuyện với tư vấn viên đã kết thúc", delivered[^1], StringComparison.Ordinal);
        Assert.Null(await host.ChatIdAsync(conversation));
    }

    [Fact]
    public async Task Audits_claims_messages_and_ends_by_key_id_without_the_text()
    {
        var (id, client) = await ClaimedAsync();
        await client.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = "bí mật của bạn ấy" });
        await client.PostAsync($"/api/counsel/{id}/end", null);

        var audit = (await host.Database.ListRangeAsync($"{CounselHostFixture.Prefix}{{counsel}}:audit", 0, 20)).Select(entry => (string)entry!).ToArray();

        var mine = audit.Where(entry => entry.Contains(id, StringComparison.Ordinal)).ToArray();
        Assert.Equal(["ended", "sent", "claimed"], mine.Select(entry => JsonDocument.Parse(entry).RootElement.GetProperty("action").GetString()));
        Assert.All(mine, entry =>
        {
            Assert.Equal(CounselHostFixture.Hash(CounselHostFixture.CounsellorKey)[..12], JsonDocument.Parse(entry).RootElement.GetProperty("keyId").GetString());
            Assert.DoesNotContain("bí mật", entry, StringComparison.Ordinal);
        });
    }

    private async Task<(string Id, HttpClient Client)> ClaimedAsync()
    {
        var id = await host.QueueAsync("claimed-" + Guid.NewGuid().ToString("N"));
        var client = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        (await client.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        return (id, client);
    }

    private async Task<(string Id, StateKey Key, DateTimeOffset At)> EnqueueAsync(ICounselQueue queue, string channel, RiskLevel risk, DateTimeOffset at)
    {
        var key = StateKey.Parse(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));
        var reference = new ConversationReference
        {
            ChannelId = channel,
            Conversation = new ConversationAccount { Id = "queue-" + key },
            User = new ChannelAccount { Id = "user-" + key },
        };
        IReadOnlyList<string> categories = risk == RiskLevel.High ? ["self_harm"] : [];
        await queue.EnqueueAsync(new CounselRequest(key, reference, Language.Vietnamese, risk, categories, at), CancellationToken.None);
        var id = (string?)await host.Database.StringGetAsync($"{CounselHostFixture.Prefix}{{counsel}}:conversation:{key}");
        return (id!, key, at);
    }
}
