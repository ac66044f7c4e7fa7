using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Counsel;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(CounselCollection.Name)]
public sealed class CounselDirectLineTests(CounselHostFixture host)
{
    [Fact]
    public async Task Delivers_a_counsellors_message_on_the_other_instance_into_the_Web_Chat_conversations_activity_log()
    {
        using var http = host.First.CreateClient();
        var page = new DirectLineTestClient(http);
        using var counsellor = CounselHostFixture.Client(host.Second, CounselHostFixture.CounsellorKey);
        var before = await QueueIdsAsync(counsellor);
        var conversation = await page.StartAsync("vi-VN");
        await SayAndWaitAsync(page, conversation, "xin chào", "client-1");
        await SayAndWaitAsync(page, conversation, "3", "client-2");
        await SayAndWaitAsync(page, conversation, "💬 Nhắn với tư vấn viên", "client-3");
        var id = (await QueueIdsAsync(counsellor)).Except(before).Single();

        (await counsellor.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        using var sent = await counsellor.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text = "Chào bạn, mình là tư vấn viên." });
        var texts = await WaitForTextAsync(page, conversation, "🧑 Tư vấn viên: Chào bạn, mình là tư vấn viên.");

        sent.EnsureSuccessStatusCode();
        Assert.Contains(texts, text => text.StartsWith("Một tư vấn viên đã vào", StringComparison.Ordinal));
        Assert.Contains("🧑 Tư vấn viên: Chào bạn, mình là tư vấn viên.", texts);
        await counsellor.PostAsync($"/api/counsel/{id}/end", null);
    }

    private static async Task<HashSet<string>> QueueIdsAsync(HttpClient counsellor) =>
        [.. (await counsellor.GetFromJsonAsync<JsonElement>("/api/counsel/queue")).EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];

    private static async Task SayAndWaitAsync(DirectLineTestClient page, JsonObject conversation, string text, string clientId)
    {
        var count = (await TextsAsync(page, conversation)).Count;
        await page.PostMessageAsync(conversation, text, clientId);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((await TextsAsync(page, conversation)).Count < count + 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<IReadOnlyList<string>> WaitForTextAsync(DirectLineTestClient page, JsonObject conversation, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var texts = await TextsAsync(page, conversation);
            if (texts.Contains(text) || DateTime.UtcNow > deadline)
            {
                return texts;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<IReadOnlyList<string>> TextsAsync(DirectLineTestClient page, JsonObject conversation) =>
        [.. (await page.GetActivitiesAsync(conversation, null))["activities"]!.AsArray().Select(activity => (string?)activity!["text"] ?? string.Empty)];
}
