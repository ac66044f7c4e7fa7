using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Classes;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Campaign.Live;
using StackExchange.Redis;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(ClassCollection.Name)]
public sealed class ClassTwoHostsTests(ClassHostsFixture host)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Runs_a_class_with_the_screen_on_one_instance_and_the_students_on_the_other()
    {
        var created = await host.CreateClassAsync(new { name = "7A – THCS Two Hosts", questions = 2, secondsPerQuestion = 30 });
        var code = created.GetProperty("code").GetString()!;
        var token = created.GetProperty("teacherToken").GetString()!;
        using var screenClient = host.FirstClient();
        using var stream = await screenClient.GetAsync($"/api/classes/{code}/stream?t={Uri.EscapeDataString(token)}", HttpCompletionOption.ResponseHeadersRead);
        using var events = new ServerSentEvents(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("\"lobby\"", await NextAsync(events, "phase"));

        using var second = host.SecondClient();
        var joined = await host.SayAsync(second, "two-hosts-1", $"LOP {code}");
        Assert.Contains("7A – THCS Two Hosts", joined[0].Text, StringComparison.Ordinal);
        await NextAsync(events, "joined", data => data == "1");
        using var first = host.FirstClient();
        var started = await ReadScreenAsync(await ClassHostsFixture.MoveAsync(first, code, "start", token));
        var question = ClassMessages.Find(Content, Language.Vietnamese, started.GetProperty("question").GetProperty("id").GetString())!;
        var right = ClassMessages.CorrectOption(question);
        await NextAsync(events, "question", data => data.Contains("\"index\":0", StringComparison.Ordinal));
        await ClassWait.TrueAsync(() => host.FirstSends.To("two-hosts-1").Any(a => a.Text!.StartsWith("Câu 1/2", StringComparison.Ordinal)));

        var answer = await host.SayAsync(second, "two-hosts-1", ((char)('A' + right)).ToString());
        await NextAsync(events, "answered", data => data == "1");
        Assert.Equal(ReceivedText(right), answer.Single().Text);
        await ReadScreenAsync(await ClassHostsFixture.MoveAsync(first, code, "reveal", token));
        var distribution = JsonDocument.Parse(await NextAsync(events, "distribution", data => data != "null")).RootElement;
        Assert.Equal(1, distribution.GetProperty("counts")[right].GetInt64());
        Assert.Equal(right, distribution.GetProperty("correct").GetInt32());
        await ClassWait.TrueAsync(() => host.FirstSends.To("two-hosts-1").Any(a => a.Text!.StartsWith('✅')));

        await ReadScreenAsync(await ClassHostsFixture.MoveAsync(first, code, "end", token));
        var summary = JsonDocument.Parse(await NextAsync(events, "summary", data => data != "null")).RootElement;
        Assert.Equal(1, summary.GetProperty("scores")[1].GetInt64());
        await ClassWait.TrueAsync(() => host.FirstSends.To("two-hosts-1").Any(a => a.Text!.Contains("1/1", StringComparison.Ordinal)));
        await ClassWait.TrueAsync(async () => !await host.Redis.Multiplexer.GetDatabase().KeyExistsAsync($"pledgebot:{{cls:{code}}}:refs"));
    }

    [Fact]
    public async Task Keeps_a_students_nickname_and_score_when_they_come_back_through_the_other_instance()
    {
        var created = await host.CreateClassAsync(new { name = "8B", questions = 3, secondsPerQuestion = 60 });
        var code = created.GetProperty("code").GetString()!;
        var token = created.GetProperty("teacherToken").GetString()!;
        using var first = host.FirstClient();
        using var second = host.SecondClient();
        var joined = await host.SayAsync(first, "resume-1", $"lớp {code.ToLowerInvariant()}");
        var started = await ReadScreenAsync(await ClassHostsFixture.MoveAsync(first, code, "start", token));
        var question = ClassMessages.Find(Content, Language.Vietnamese, started.GetProperty("question").GetProperty("id").GetString())!;
        await host.SayAsync(first, "resume-1", question.Options[ClassMessages.CorrectOption(question)].Text);

        var back = await host.SayAsync(second, "resume-1", $"LOP {code}");
        var again = await host.SayAsync(second, "resume-1", "A");

        var nickname = NicknameOf(joined[0].Text!);
        Assert.Equal(Content.Get(Language.Vietnamese, ClassText.Rejoined, ("name", "8B"), ("nickname", nickname), ("score", "1")), back[0].Text);
        Assert.Equal(Content.Get(Language.Vietnamese, ClassText.AlreadyAnswered), again.Single().Text);
    }

    [Fact]
    public async Task Stops_a_second_click_on_start_with_a_conflict_and_moves_the_class_once()
    {
        var created = await host.CreateClassAsync(new { name = "9C", questions = 2 });
        var code = created.GetProperty("code").GetString()!;
        var token = created.GetProperty("teacherToken").GetString()!;
        using var first = host.FirstClient();
        using var second = host.SecondClient();

        var clicks = await Task.WhenAll(
            ClassHostsFixture.MoveAsync(first, code, "start", token), ClassHostsFixture.MoveAsync(second, code, "start", token));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], clicks.Select(c => c.StatusCode).Order().ToArray());
    }

    private ContentCatalog Content => host.First.Services.GetRequiredService<IContentSource>().Current;

    private string ReceivedText(int option) =>
        Content.Get(Language.Vietnamese, ClassText.Received, ("letter", ((char)('A' + option)).ToString()));

    // "Biệt danh của bạn trong lớp: Cá heo 17." → "Cá heo 17"
    private static string NicknameOf(string joined)
    {
        var start = joined.IndexOf(": ", StringComparison.Ordinal) + 2;
        return joined[start..joined.IndexOf('.', start)];
    }

    private static async Task<JsonElement> ReadScreenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        }
    }

    private static async Task<string> NextAsync(ServerSentEvents events, string name, Func<string, bool>? wanted = null)
    {
        var deadline = DateTime.UtcNow + s_wait;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var block = await events.NextAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (block.Contains($"event: {name}"))
            {
                var data = block.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
                if (wanted is null || wanted(data))
                {
                    return data;
                }
            }
        }
    }
}
