using System.Text;
using PledgeBot.Classes;
using PledgeBot.Counsel;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Tests.Staff.Exports;

/// <summary>Each export row type declares its columns once; the header, the CSV fields and the JSON object written from
/// that declaration are byte for byte what the exports wrote when the three were spelled out by hand.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ExportRowColumnsTests
{
    private static readonly string s_bom = Encoding.UTF8.GetString([0xEF, 0xBB, 0xBF]);

    [Fact]
    public async Task Renders_each_row_types_csv_header_from_its_declaration_as_before()
    {
        Assert.Equal("date,province,channel,referral_code,age_band,pledges", await HeaderAsync<PledgeMixRow>());
        Assert.Equal("date,channel,referral_code,completions,score_0,score_1,score_2,score_3,score_4,score_5", await HeaderAsync<QuizMixRow>());
        Assert.Equal(
            "date,channel,talk_requests,risk_interrupts,risk_self_harm,risk_sexual_exploitation,risk_grooming,risk_abduction_scam,"
            + "risk_violence,risk_bullying,risk_other_abuse",
            await HeaderAsync<SafetyMixRow>());
        Assert.Equal("code,owner,kind,active,created_at,reach,pledges,quiz_completions", await HeaderAsync<ReferralExportRow>());
        Assert.Equal(
            "date,channel,requests,handled,wait_median_seconds,wait_p90_seconds,fallback_out_of_hours,fallback_timeout",
            await HeaderAsync<CounselMixRow>());
        Assert.Equal(
            "kind,index,question_id,question,answers_a,answers_b,answers_c,answers_d,answered,correct,percent_correct,metric,value,nickname",
            await HeaderAsync<ClassResultLine>());
    }

    [Fact]
    public async Task Writes_a_pledge_row_as_the_same_csv_line_and_json_object_as_before()
    {
        var row = new PledgeMixRow("2033-01-02", "Hà Nội", "telegram", "", "13-15", 4);

        Assert.Equal("2033-01-02,Hà Nội,telegram,,13-15,4", await CsvLineAsync(row));
        Assert.Equal(
            """[{"date":"2033-01-02","province":"H\u00E0 N\u1ED9i","channel":"telegram","referralCode":"","ageBand":"13-15","pledges":4}]""",
            await JsonAsync(row));
    }

    [Fact]
    public async Task Writes_a_quiz_row_with_its_scores_as_columns_and_as_one_array()
    {
        var row = new QuizMixRow("2033-01-02", "webchat", "KOL1", 7, [0, 1, 0, 2, 0, 4]);

        Assert.Equal("2033-01-02,webchat,KOL1,7,0,1,0,2,0,4", await CsvLineAsync(row));
        Assert.Equal(
            """[{"date":"2033-01-02","channel":"webchat","referralCode":"KOL1","completions":7,"scores":[0,1,0,2,0,4]}]""",
            await JsonAsync(row));
    }

    [Fact]
    public async Task Writes_a_safety_row_with_its_categories_as_columns_and_as_one_object()
    {
        var row = new SafetyMixRow("2033-01-02", "zalo", 3, 2, [1, 0, 0, 0, 1, 0, 0]);

        Assert.Equal("2033-01-02,zalo,3,2,1,0,0,0,1,0,0", await CsvLineAsync(row));
        Assert.Equal(
            """[{"date":"2033-01-02","channel":"zalo","talkRequests":3,"riskInterrupts":2,"riskByCategory":{"self_harm":1,"sexual_exploitation":0"""
            + ""","grooming":0,"abduction_scam":0,"violence":1,"bullying":0,"other_abuse":0}}]""",
            await JsonAsync(row));
    }

    [Fact]
    public async Task Writes_a_referral_row_with_its_flag_as_true_or_false_and_guards_a_formula_in_csv()
    {
        var row = new ReferralExportRow("KOL1", "=HYPERLINK(\"x\")", "staff", false, "2033-01-01T00:00:00Z", 10, 4, 2);

        Assert.Equal("KOL1,\"'=HYPERLINK(\"\"x\"\")\",staff,false,2033-01-01T00:00:00Z,10,4,2", await CsvLineAsync(row));
        Assert.Equal(
            """[{"code":"KOL1","owner":"=HYPERLINK(\u0022x\u0022)","kind":"staff","active":false,"createdAt":"2033-01-01T00:00:00Z","reach":10,"pledges":4,"quizCompletions":2}]""",
            await JsonAsync(row));
    }

    [Fact]
    public async Task Writes_a_counsel_row_with_missing_waits_empty_in_csv_and_null_in_json_and_fallbacks_nested()
    {
        var rows = new[]
        {
            new CounselMixRow("2033-01-02", "webchat", 5, 0, null, null, 3, 2),
            new CounselMixRow("2033-01-03", "telegram", 2, 2, 30, 95, 0, 0),
        };

        Assert.Equal(
            s_bom + "date,channel,requests,handled,wait_median_seconds,wait_p90_seconds,fallback_out_of_hours,fallback_timeout\r\n"
            + "2033-01-02,webchat,5,0,,,3,2\r\n2033-01-03,telegram,2,2,30,95,0,0\r\n",
            await CsvAsync(rows));
        Assert.Equal(
            """[{"date":"2033-01-02","channel":"webchat","requests":5,"handled":0,"waitMedianSeconds":null,"waitP90Seconds":null,"fallbacks":{"outOfHours":3,"timeout":2}},"""
            + """{"date":"2033-01-03","channel":"telegram","requests":2,"handled":2,"waitMedianSeconds":30,"waitP90Seconds":95,"fallbacks":{"outOfHours":0,"timeout":0}}]""",
            await JsonAsync(rows));
    }

    [Fact]
    public async Task Leaves_the_columns_a_class_result_line_does_not_use_empty()
    {
        var lines = new[]
        {
            new ClassResultLine("question")
            {
                Index = "1", QuestionId = "q1", Question = "Ai?", Answers = ["3", "0", "1"], Answered = "4", Correct = "3", PercentCorrect = "75",
            },
            new ClassResultLine("ranking") { Index = "1", Metric = "score", Value = "5", Nickname = "-Mèo" },
        };

        var csv = await CsvAsync(lines);

        Assert.EndsWith("\r\nquestion,1,q1,Ai?,3,0,1,,4,3,75,,,\r\nranking,1,,,,,,,,,,score,5,\"'-Mèo\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_json_group_split_over_two_runs_of_columns()
    {
        var layout = new ExportLayout<QuizMixRow>().Number("a", row => row.Completions, json: "group.a").Text("date", row => row.Date);

        Assert.Throws<ArgumentException>(() => layout.Number("b", row => row.Completions, json: "group.b"));
    }

    private static async Task<string> HeaderAsync<T>()
        where T : IExportRow<T>
    {
        var csv = await CsvAsync(Array.Empty<T>());
        Assert.StartsWith(s_bom, csv, StringComparison.Ordinal);
        Assert.Equal(string.Join(',', T.Columns.Header), csv[s_bom.Length..].TrimEnd('\r', '\n'));
        return csv[s_bom.Length..].TrimEnd('\r', '\n');
    }

    private static async Task<string> CsvLineAsync<T>(T row)
        where T : IExportRow<T>
    {
        var lines = (await CsvAsync([row])).Split("\r\n");
        Assert.Equal(3, lines.Length);
        return lines[1];
    }

    private static async Task<string> CsvAsync<T>(IEnumerable<T> rows)
        where T : IExportRow<T>
    {
        using var body = new MemoryStream();
        await ExportCsv.WriteAsync(body, rows.ToAsyncEnumerable(), CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray());
    }

    private static async Task<string> JsonAsync<T>(params T[] rows)
        where T : IExportRow<T>
    {
        using var body = new MemoryStream();
        await ExportJson.WriteAsync(body, rows.ToAsyncEnumerable(), CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
