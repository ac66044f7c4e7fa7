using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Campaign;
using PledgeBot.Counsel;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(CounselCollection.Name)]
public sealed class CounselStoreTests(CounselHostFixture host)
{
    [Fact]
    public async Task Keeps_the_chat_and_the_way_to_reach_the_young_person_encrypted_in_the_store_for_its_lifetime_only()
    {
        var conversation = "at-rest-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        await host.SayAsync(host.First, conversation, "nhà em ở số 12 phố Huế, em sợ bố lắm");
        var transcriptKey = $"{CounselHostFixture.Prefix}{{counsel}}:text:{id}";
        var itemKey = $"{CounselHostFixture.Prefix}{{counsel}}:item:{id}";

        var raw = (await host.Database.ListRangeAsync(transcriptKey)).Select(value => (string)value!).ToArray();
        var fields = (await host.Database.HashGetAllAsync(itemKey)).ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!);
        var lifetime = await host.Database.KeyTimeToLiveAsync(transcriptKey);
        var cipher = host.Second.Services.GetRequiredService<TranscriptCipher>();

        var stored = Assert.Single(raw);
        Assert.DoesNotContain("phố Huế", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("phố Huế", Encoding.UTF8.GetString(Convert.FromBase64String(stored)), StringComparison.Ordinal);
        Assert.Equal("nhà em ở số 12 phố Huế, em sợ bố lắm", JsonDocument.Parse(cipher.Decrypt(stored, id)!).RootElement.GetProperty("text").GetString());
        Assert.Null(cipher.Decrypt(stored, new string('f', 32)));
        Assert.DoesNotContain("user-" + conversation, string.Join('\n', fields.Values), StringComparison.Ordinal);
        Assert.DoesNotContain(conversation, string.Join('\n', fields.Values), StringComparison.Ordinal);
        var reference = JsonDocument.Parse(cipher.Decrypt(fields["ref"], id)!).RootElement;
        Assert.Equal("user-" + conversation, reference.GetProperty("user").GetProperty("id").GetString());
        Assert.False(reference.GetProperty("user").TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String);
        Assert.InRange(lifetime!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.InRange((await host.Database.KeyTimeToLiveAsync(itemKey))!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        await host.SayAsync(host.First, conversation, "quay lại bot");
        Assert.False(await host.Database.KeyExistsAsync(transcriptKey));
    }

    [Fact]
    public async Task Deletes_the_chat_and_its_text_when_the_young_person_deletes_their_data()
    {
        var conversation = "delete-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation);
        await host.SayAsync(host.First, conversation, "em muốn kể chuyện này");

        await host.SayAsync(host.First, conversation, "xóa dữ liệu của tôi");
        await host.SayAsync(host.First, conversation, "có");

        Assert.Null(await host.ChatIdAsync(conversation));
        Assert.False(await host.Database.KeyExistsAsync($"{CounselHostFixture.Prefix}{{counsel}}:text:{id}"));
        Assert.False(await host.Database.KeyExistsAsync($"{CounselHostFixture.Prefix}{{counsel}}:item:{id}"));
        using var client = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/counsel/queue");
        Assert.DoesNotContain(queue.EnumerateArray(), item => item.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Offers_111_again_when_nobody_claims_in_time_without_the_young_person_typing()
    {
        var impatient = host.Host(("Counsel:MaxWait", "00:00:01"));
        var conversation = "timeout-" + Guid.NewGuid().ToString("N");
        var id = await host.QueueAsync(conversation, impatient);

        var delivered = await host.WaitForDeliveredAsync(conversation, 1);
        var kept = await host.SayAsync(impatient, conversation, "⏳ Chờ tiếp");

        var timeout = Assert.Single(delivered);
        Assert.StartsWith("Xin lỗi bạn, các tư vấn viên đang bận", timeout, StringComparison.Ordinal);
        Assert.Contains("111", timeout, StringComparison.Ordinal);
        var buttons = JsonDocument.Parse(host.Connector.RequestsFor(conversation)[0].Body).RootElement.GetProperty("suggestedActions").GetRawText();
        Assert.Contains("⏳ Chờ tiếp", buttons, StringComparison.Ordinal);
        Assert.Contains("↩️ Quay lại bot", buttons, StringComparison.Ordinal);
        Assert.StartsWith("Mình vẫn giữ chỗ cho bạn", Assert.Single(kept).Text, StringComparison.Ordinal);
        Assert.Equal(id, await host.ChatIdAsync(conversation));
        await host.SayAsync(impatient, conversation, "↩️ Quay lại bot");
        Assert.Null(await host.ChatIdAsync(conversation));
    }

    [Fact]
    public async Task Exports_requests_handled_waits_and_fallbacks_to_111_by_day_and_channel_as_counts_only()
    {
        var queue = host.First.Services.GetRequiredService<ICounselQueue>();
        var channel = "export" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        var ids = new List<string>();
        var keys = new List<StateKey>();
        foreach (var waited in new[] { 10, 20, 30, 40 })
        {
            var key = StateKey.Parse(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));
            var reference = new ConversationReference { ChannelId = channel, Conversation = new ConversationAccount { Id = "x" + key }, User = new ChannelAccount { Id = "u" } };
            keys.Add(key);
            await queue.EnqueueAsync(new CounselRequest(key, reference, Language.English, RiskLevel.None, [], now.AddSeconds(-waited)), CancellationToken.None);
            ids.Add((string)(await host.Database.StringGetAsync($"{CounselHostFixture.Prefix}{{counsel}}:conversation:{key}"))!);
        }

        await queue.RecordFallbackAsync(channel, CounselFallback.OutOfHours, now, CancellationToken.None);
        using var counsellor = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        foreach (var id in ids.Take(3))
        {
            (await counsellor.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        }

        using var staff = CounselHostFixture.Client(host.Second, CounselHostFixture.StaffKey);
        var day = CampaignDay.Of(now);
        var json = await staff.GetFromJsonAsync<JsonElement>($"/admin/export/counsel.json?from={day}&to={day}");
        var bytes = await staff.GetByteArrayAsync($"/admin/export/counsel.csv?from={day}&to={day}");
        var csv = Encoding.UTF8.GetString(bytes);
        using var badRange = await staff.GetAsync("/admin/export/counsel.csv?from=2026-02-30&to=2026-03-01");

        var row = json.EnumerateArray().Single(r => r.GetProperty("channel").GetString() == channel);
        Assert.Equal(4, row.GetProperty("requests").GetInt64());
        Assert.Equal(3, row.GetProperty("handled").GetInt64());
        Assert.InRange(row.GetProperty("waitMedianSeconds").GetInt64(), 19, 26);
        Assert.InRange(row.GetProperty("waitP90Seconds").GetInt64(), 29, 36);
        Assert.Equal(1, row.GetProperty("fallbacks").GetProperty("outOfHours").GetInt64());
        Assert.Equal(0, row.GetProperty("fallbacks").GetProperty("timeout").GetInt64());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("date,channel,requests,handled,wait_median_seconds,wait_p90_seconds,fallback_out_of_hours,fallback_timeout", csv, StringComparison.Ordinal);
        Assert.Contains($"{day},{channel},4,3,", csv, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badRange.StatusCode);
        foreach (var key in keys)
        {
            await queue.LeaveAsync(key, CancellationToken.None);
        }
    }
}
