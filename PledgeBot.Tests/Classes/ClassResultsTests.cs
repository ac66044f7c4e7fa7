using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(ClassCollection.Name)]
public sealed class ClassResultsTests(ClassHostsFixture host)
{
    [Fact]
    public async Task Exports_a_scripted_class_as_csv_with_questions_summary_gain_and_ranking()
    {
        var created = await host.CreateClassAsync(new { name = "=10A1", questions = 3, secondsPerQuestion = 60, prePost = true, showRanking = true });
        var code = created.GetProperty("code").GetString()!;
        var token = created.GetProperty("teacherToken").GetString()!;
        using var client = host.SecondClient();
        string[] students = [$"csv-{code}-right", $"csv-{code}-wrong", $"csv-{code}-learner"];
        var nicknames = new List<string>();
        foreach (var student in students)
        {
            var joined = await host.SayAsync(client, student, $"class {code}");
            nicknames.Add(joined[0].Text!.Split(": ")[1].Split('.')[0]);
        }

        // Six questions: three before, three others… here none, then the same three after. The learner is wrong
        // before and right after; "right" is always right; "wrong" always wrong and misses the last one.
        for (var index = 0; index < 6; index++)
        {
            var screen = await ReadAsync(await ClassHostsFixture.MoveAsync(client, code, index == 0 ? "start" : "next", token));
            var question = ClassMessages.Find(Content, Language.Vietnamese, screen.GetProperty("question").GetProperty("id").GetString())!;
            var right = ClassMessages.CorrectOption(question);
            var wrong = (right + 1) % question.Options.Count;
            await host.SayAsync(client, students[0], Letter(right));
            if (index < 5)
            {
                await host.SayAsync(client, students[1], Letter(wrong));
            }

            await host.SayAsync(client, students[2], Letter(index < 3 ? wrong : right));
            await ReadAsync(await ClassHostsFixture.MoveAsync(client, code, "reveal", token));
        }

        await ReadAsync(await ClassHostsFixture.MoveAsync(client, code, "end", token));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/classes/{code}/results.csv");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Csv(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("kind,index,question_id,question,answers_a,answers_b,answers_c,answers_d,answered,correct,percent_correct,metric,value,nickname", string.Join(',', rows[0]));
        var questions = rows.Where(r => r[0] == "question").ToArray();
        Assert.Equal(6, questions.Length);
        Assert.Equal(["3", "3", "3", "3", "3", "2"], questions.Select(q => q[8]));
        Assert.Equal(["1", "1", "1", "2", "2", "2"], questions.Select(q => q[9]));
        Assert.Equal(questions[0][2], questions[3][2]);
        Assert.Equal([$"class_code:{code}", "class_name:'=10A1", "joined:3", "answered_at_least_one:3", "completed:2", "mean_score:3"], rows.Where(r => r[0] == "summary").Select(r => $"{r[11]}:{r[12]}"));
        var gains = rows.Where(r => r[0] == "gain" && r[11] == "gain_points").Select(r => r[12]).ToArray();
        Assert.Equal(["33.3", "33.3", "66.7"], gains);
        var ranking = rows.Where(r => r[0] == "ranking").ToArray();
        Assert.Equal([nicknames[0], "6"], [ranking[0][13], ranking[0][12]]);
        Assert.Equal("0", ranking.Single(r => r[13] == nicknames[1])[12]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.StartsWith('='));
        Assert.Contains("\"=10A1\"", await Json(client, code, token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_results_as_json_for_staff_without_nicknames_unless_the_class_shows_a_ranking()
    {
        var created = await host.CreateClassAsync(new { name = "Không xếp hạng", questions = 2 });
        var code = created.GetProperty("code").GetString()!;
        using var client = host.FirstClient(Referrals.ReferralHostFixture.StaffKey);
        using var student = host.FirstClient();
        await host.SayAsync(student, $"json-{code}", $"LOP {code}");

        var results = await client.GetFromJsonAsync<JsonElement>($"/admin/classes/{code}/results.json");
        using var unknownFormat = await client.GetAsync($"/admin/classes/{code}/results.xlsx");

        Assert.Equal(JsonValueKind.Null, results.GetProperty("ranking").ValueKind);
        Assert.Equal(1, results.GetProperty("summary").GetProperty("joined").GetInt64());
        Assert.Empty(results.GetProperty("questions").EnumerateArray());
        Assert.DoesNotContain(ClassMessages.Animal(Content, Language.Vietnamese, 0), results.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownFormat.StatusCode);
    }

    private ContentCatalog Content => host.First.Services.GetRequiredService<IContentSource>().Current;

    private static async Task<string> Json(HttpClient client, string code, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/classes/{code}/results.json");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Letter(int option) => ((char)('A' + option)).ToString();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        }
    }

    // RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break ("" inside quotes).
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
