using System.Net;
using System.Text;
using System.Text.Json;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Staff.Exports;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class QuizAndSafetyExportTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Theory]
    [InlineData("/admin/export/quiz.csv?from=2033-01-01&to=2033-01-02")]
    [InlineData("/admin/export/quiz.json?from=2033-01-01&to=2033-01-02")]
    [InlineData("/admin/export/safety.csv?from=2033-01-01&to=2033-01-02")]
    [InlineData("/admin/export/safety.json?from=2033-01-01&to=2033-01-02")]
    public async Task Refuses_an_export_without_a_staff_key_with_401(string path)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("quiz.csv", "", "from")]
    [InlineData("quiz.csv", "?from=2033-01-01&to=2033-1-5", "to")]
    [InlineData("quiz.json", "?from=2033-01-05&to=2033-01-04", "from")]
    [InlineData("quiz.csv", "?from=2033-01-01&to=2034-01-02", "to")]
    [InlineData("safety.csv", "?from=2033-02-30&to=2033-03-01", "from")]
    [InlineData("safety.csv", "?from=2033-01-01", "to")]
    [InlineData("safety.json", "?from=2033-01-05&to=2033-01-04", "from")]
    [InlineData("safety.csv", "?from=2033-01-01&to=2034-01-02", "to")]
    public async Task Refuses_a_bad_date_range_with_400_and_a_reason(string file, string query, string field)
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync($"/admin/export/{file}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task Exports_quizzes_per_viet_nam_day_channel_and_code_as_csv_with_a_bom_and_audits_the_export()
    {
        using var client = host.StaffClient();
        await QuizAsync(5, "telegram", null, new DateTimeOffset(2033, 3, 4, 10, 0, 0, TimeSpan.Zero));
        await QuizAsync(3, "telegram", "kolquiz", new DateTimeOffset(2033, 3, 4, 18, 30, 0, TimeSpan.Zero));
        await QuizAsync(5, "Telegram", "KOLQUIZ", new DateTimeOffset(2033, 3, 5, 1, 0, 0, TimeSpan.Zero));
        await QuizAsync(0, "zalo", "KOLQUIZ", new DateTimeOffset(2033, 3, 5, 2, 0, 0, TimeSpan.Zero));

        using var response = await client.GetAsync("/admin/export/quiz.csv?from=2033-03-03&to=2033-03-05");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExportTestClient.Bom, bytes[..3]);
        Assert.Equal(
            [
                "date,channel,referral_code,completions,score_0,score_1,score_2,score_3,score_4,score_5",
                "2033-03-04,telegram,,1,0,0,0,0,0,1",
                "2033-03-05,telegram,KOLQUIZ,2,0,0,0,1,0,1",
                "2033-03-05,zalo,KOLQUIZ,1,1,0,0,0,0,0",
                "",
            ],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"));
        await AssertAuditedAsync("quiz-2033-03-03-2033-03-05.csv");
    }

    [Fact]
    public async Task Exports_the_same_quizzes_as_json()
    {
        using var client = host.StaffClient();
        await QuizAsync(4, "zalo", "BOOTHQUIZ", new DateTimeOffset(2033, 5, 6, 3, 0, 0, TimeSpan.Zero));

        using var response = await client.GetAsync("/admin/export/quiz.json?from=2033-05-06&to=2033-05-06");

        var row = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal(
            ("2033-05-06", "zalo", "BOOTHQUIZ", 1L),
            (row.GetProperty("date").GetString(), row.GetProperty("channel").GetString(),
                row.GetProperty("referralCode").GetString(), row.GetProperty("completions").GetInt64()));
        Assert.Equal([0L, 0L, 0L, 0L, 1L, 0L], row.GetProperty("scores").EnumerateArray().Select(s => s.GetInt64()));
        await AssertAuditedAsync("quiz-2033-05-06-2033-05-06.json");
    }

    [Fact]
    public async Task Exports_talk_requests_and_risk_interrupts_per_viet_nam_day_and_channel_as_csv_with_a_bom()
    {
        using var client = host.StaffClient();
        await TalkAsync("telegram", TalkEntry.Menu, new DateTimeOffset(2033, 7, 1, 10, 0, 0, TimeSpan.Zero));
        await TalkAsync("telegram", TalkEntry.Words, new DateTimeOffset(2033, 7, 1, 12, 0, 0, TimeSpan.Zero));
        await TalkAsync("telegram", TalkEntry.Safety, new DateTimeOffset(2033, 7, 1, 13, 0, 0, TimeSpan.Zero), "grooming");
        await TalkAsync("webchat", TalkEntry.Safety, new DateTimeOffset(2033, 7, 1, 18, 0, 0, TimeSpan.Zero), "other_abuse");

        using var response = await client.GetAsync("/admin/export/safety.csv?from=2033-07-01&to=2033-07-02");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExportTestClient.Bom, bytes[..3]);
        Assert.Equal(
            [
                "date,channel,talk_requests,risk_interrupts,risk_self_harm,risk_sexual_exploitation,risk_grooming,risk_abduction_scam,risk_violence,risk_bullying,risk_other_abuse",
                "2033-07-01,telegram,2,1,0,0,1,0,0,0,0",
                "2033-07-02,webchat,0,1,0,0,0,0,0,0,1",
                "",
            ],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"));
        await AssertAuditedAsync("safety-2033-07-01-2033-07-02.csv");
    }

    [Fact]
    public async Task Exports_the_same_safety_counts_as_json()
    {
        using var client = host.StaffClient();
        await TalkAsync("zalo", TalkEntry.Words, new DateTimeOffset(2033, 8, 2, 3, 0, 0, TimeSpan.Zero));

        using var response = await client.GetAsync("/admin/export/safety.json?from=2033-08-02&to=2033-08-02");

        var row = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal(
            ("2033-08-02", "zalo", 1L, 0L),
            (row.GetProperty("date").GetString(), row.GetProperty("channel").GetString(),
                row.GetProperty("talkRequests").GetInt64(), row.GetProperty("riskInterrupts").GetInt64()));
    }

    private async Task QuizAsync(int score, string channel, string? code, DateTimeOffset at) =>
        await host.Ledger().RecordQuizAsync(
            new QuizRecord(UserHash.Parse($"{Guid.NewGuid():N}"), score, 5, channel, code, at), CancellationToken.None);

    private async Task TalkAsync(string channel, TalkEntry entry, DateTimeOffset at, string? category = null) =>
        await host.Ledger().RecordTalkAsync(new TalkRecord(channel, entry, at, category), CancellationToken.None);

    private async Task AssertAuditedAsync(string export)
    {
        var audit = await host.Database().ListRangeAsync(host.Keys().StaffAudit(), 0, 50);
        Assert.Contains(audit.Select(a => JsonDocument.Parse((string)a!).RootElement), e =>
            e.GetProperty("action").GetString() == "exported"
            && e.GetProperty("code").GetString() == export
            && e.GetProperty("keyId").GetString() == ReferralHostFixture.StaffKeyHash[..12]);
    }
}
