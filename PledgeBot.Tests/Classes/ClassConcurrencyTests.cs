using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Classes;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(ClassCollection.Name)]
public sealed class ClassConcurrencyTests(ClassHostsFixture host)
{
    private const int Students = 60;

    [Fact]
    public async Task Seats_no_more_students_than_the_class_holds_when_they_join_at_once()
    {
        var created = await host.CreateClassAsync(new { name = "Ba chỗ" });
        var code = created.GetProperty("code").GetString()!;
        var services = host.First.Services;
        var room = new RedisClassRoom(
            services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>(), services.GetRequiredService<ClassKeys>(),
            services.GetRequiredService<ClassSignals>(), services.GetRequiredService<IContentSource>(), services.GetRequiredService<IReferralRegistry>(),
            Options.Create(new ClassesOptions { MaxStudents = 3 }), TimeProvider.System, NullLogger<RedisClassRoom>.Instance);

        var joins = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => room.JoinAsync(
            code, UserHash.Parse($"{i:x16}"), new ConversationReference { ChannelId = "test", Conversation = new() { Id = $"c{i}" } }, default)));

        Assert.Equal(3, joins.Count(j => j.Kind == ClassJoinKind.Joined));
        Assert.Equal(7, joins.Count(j => j.Kind == ClassJoinKind.Full));
        Assert.Equal(3, joins.Where(j => j.Seated).Select(j => j.Nickname).Distinct().Count());
    }

    [Fact]
    public async Task Counts_sixty_students_answering_at_once_on_two_instances_exactly_once_each()
    {
        var created = await host.CreateClassAsync(new { name = "Khối 10", questions = 1, secondsPerQuestion = 120 });
        var code = created.GetProperty("code").GetString()!;
        var token = created.GetProperty("teacherToken").GetString()!;
        using var first = host.FirstClient();
        using var second = host.SecondClient();
        await Task.WhenAll(Enumerable.Range(0, Students).Select(i => host.SayAsync(i % 2 == 0 ? first : second, $"crowd-{code}-{i}", $"LOP {code}")));
        using var start = await ClassHostsFixture.MoveAsync(first, code, "start", token);
        var screen = await start.Content.ReadFromJsonAsync<JsonElement>();
        var content = host.First.Services.GetRequiredService<IContentSource>().Current;
        var question = ClassMessages.Find(content, Language.Vietnamese, screen.GetProperty("question").GetProperty("id").GetString())!;

        // Every student taps twice, on both instances at once: the first tap counts, the second is told so.
        var replies = await Task.WhenAll(Enumerable.Range(0, Students * 2).Select(i =>
            host.SayAsync(i % 2 == 0 ? first : second, $"crowd-{code}-{i % Students}", ((char)('A' + i % Students % question.Options.Count)).ToString())));
        using var staff = host.FirstClient(ReferralHostFixture.StaffKey);
        var results = await staff.GetFromJsonAsync<JsonElement>($"/admin/classes/{code}/results.json");

        var texts = replies.Select(r => r.Single().Text).ToArray();
        Assert.Equal(Students, texts.Count(t => t == content.Get(Language.Vietnamese, ClassText.AlreadyAnswered)));
        var row = results.GetProperty("questions")[0];
        Assert.Equal(Students, row.GetProperty("answered").GetInt64());
        Assert.Equal(Students, row.GetProperty("answers").EnumerateArray().Sum(a => a.GetInt64()));
        Assert.Equal(Students, results.GetProperty("summary").GetProperty("joined").GetInt64());
        Assert.Equal(Students, results.GetProperty("summary").GetProperty("answeredAtLeastOne").GetInt64());
    }
}
