using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Referrals;
using PledgeBot.Tests.Staff.Exports;

namespace PledgeBot.Tests.Staff.Dashboard;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DashboardEndpointTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Fact]
    public async Task Serves_the_page_shell_without_a_key_and_with_no_data_in_it()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/admin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bảng điều khiển chiến dịch", html, StringComparison.Ordinal);
        Assert.Contains("/staff/dashboard.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/dashboard.js", "text/javascript")]
    [InlineData("/staff/dashboard.css", "text/css")]
    public async Task Serves_the_page_script_and_styles_from_the_host(string path, string mediaType)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-staff-key")]
    public async Task Refuses_the_data_without_the_right_key_with_401_as_json(string? key)
    {
        using var client = host.Factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await client.GetAsync("/admin/dashboard.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await ExportTestClient.JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("?from=2034-01-01", "to")]
    [InlineData("?to=2034-01-01", "from")]
    [InlineData("?from=01/02/2034&to=2034-01-05", "from")]
    [InlineData("?from=2034-02-30&to=2034-03-01", "from")]
    [InlineData("?from=2034-01-05&to=2034-01-04", "from")]
    [InlineData("?from=2034-01-01&to=2035-01-02", "to")]
    public async Task Refuses_a_bad_date_range_with_400_and_a_reason(string query, string field)
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync($"/admin/dashboard.json{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ExportTestClient.JsonAsync(response)).GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task Covers_the_last_30_viet_nam_days_by_default_and_audits_the_request()
    {
        using var client = host.StaffClient();
        var today = CampaignDay.Of(DateTimeOffset.UtcNow);

        var data = await client.GetFromJsonAsync<JsonElement>("/admin/dashboard.json");

        Assert.Equal(today, data.GetProperty("to").GetString());
        Assert.Equal(30, data.GetProperty("days").GetArrayLength());
        Assert.Equal(data.GetProperty("from").GetString(), data.GetProperty("days")[0].GetProperty("date").GetString());
        var audit = await host.Database().ListRangeAsync(host.Keys().StaffAudit(), 0, 50);
        Assert.Contains(audit.Select(a => JsonDocument.Parse((string)a!).RootElement), e =>
            e.GetProperty("action").GetString() == "viewed"
            && e.GetProperty("code").GetString() == $"dashboard-{data.GetProperty("from").GetString()}-{today}"
            && e.GetProperty("keyId").GetString() == ReferralHostFixture.StaffKeyHash[..12]);
    }

    [Fact]
    public async Task Shows_the_same_pledges_as_the_pledges_export_per_day_province_and_channel()
    {
        using var client = host.StaffClient();
        await PledgeAsync("ha-noi", "zalo", null, new DateTimeOffset(2034, 4, 1, 3, 0, 0, TimeSpan.Zero));
        await PledgeAsync("ha-noi", "telegram", "KOLDASH", new DateTimeOffset(2034, 4, 1, 20, 0, 0, TimeSpan.Zero));
        await PledgeAsync("ca-mau", "zalo", "KOLDASH", new DateTimeOffset(2034, 4, 3, 2, 0, 0, TimeSpan.Zero));
        await PledgeAsync("ca-mau", "zalo", null, new DateTimeOffset(2034, 4, 3, 4, 0, 0, TimeSpan.Zero));
        const string Range = "?from=2034-04-01&to=2034-04-03";

        var data = await client.GetFromJsonAsync<JsonElement>($"/admin/dashboard.json{Range}");
        var export = (await client.GetFromJsonAsync<JsonElement>($"/admin/export/pledges.json{Range}")).EnumerateArray().ToList();

        Assert.Equal(4, data.GetProperty("pledges").GetInt64());
        Assert.Equal(export.Sum(r => r.GetProperty("pledges").GetInt64()), data.GetProperty("pledges").GetInt64());
        var perDay = Sums(export, "date");
        Assert.Equal(
            new[] { "2034-04-01", "2034-04-02", "2034-04-03" }.Select(day => (day, perDay.GetValueOrDefault(day))),
            data.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("date").GetString()!, d.GetProperty("pledges").GetInt64())));
        Assert.Equal([1L, 1L, 2L], perDay.Values);
        Assert.Equal(Sums(export, "province"), Counts(data.GetProperty("provinces")).Where(p => p.Value > 0).ToDictionary());
        Assert.Equal(Sums(export, "channel"), Counts(data.GetProperty("channels")).ToDictionary());
    }

    [Fact]
    public async Task Lists_all_34_provinces_by_their_vietnamese_names_counted_or_not()
    {
        using var client = host.StaffClient();
        var provinces = host.Factory.Services.GetRequiredService<IContentSource>().Current.Provinces(Language.Vietnamese);

        var data = await client.GetFromJsonAsync<JsonElement>("/admin/dashboard.json?from=2034-06-01&to=2034-06-01");

        var listed = data.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(34, provinces.Count);
        Assert.Equal(provinces.Select(p => (p.Id, p.Name)).Order(), listed.Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("label").GetString()!)).Order());
        Assert.All(listed, p => Assert.Equal(0, p.GetProperty("pledges").GetInt64()));
        Assert.Contains(listed, p => p.GetProperty("label").GetString() == "TP. Hà Nội");
    }

    [Fact]
    public async Task Shows_the_same_quiz_and_safety_counts_as_their_exports()
    {
        using var client = host.StaffClient();
        var at = new DateTimeOffset(2034, 5, 2, 3, 0, 0, TimeSpan.Zero);
        foreach (var score in new[] { 5, 5, 3, 0 })
        {
            await host.Ledger().RecordQuizAsync(new QuizRecord(UserHash.Parse($"{Guid.NewGuid():N}"), score, 5, "zalo", null, at), CancellationToken.None);
        }

        await host.Ledger().RecordTalkAsync(new TalkRecord("zalo", TalkEntry.Menu, at), CancellationToken.None);
        await host.Ledger().RecordTalkAsync(new TalkRecord("telegram", TalkEntry.Words, at.AddDays(1)), CancellationToken.None);
        await host.Ledger().RecordTalkAsync(new TalkRecord("zalo", TalkEntry.Safety, at.AddDays(1)), CancellationToken.None);
        const string Range = "?from=2034-05-01&to=2034-05-04";

        var data = await client.GetFromJsonAsync<JsonElement>($"/admin/dashboard.json{Range}");
        var quiz = (await client.GetFromJsonAsync<JsonElement>($"/admin/export/quiz.json{Range}")).EnumerateArray().ToList();
        var safety = (await client.GetFromJsonAsync<JsonElement>($"/admin/export/safety.json{Range}")).EnumerateArray().ToList();

        Assert.Equal(4, data.GetProperty("quizCompletions").GetInt64());
        Assert.Equal(quiz.Sum(r => r.GetProperty("completions").GetInt64()), data.GetProperty("quizCompletions").GetInt64());
        Assert.Equal(new long[] { 1, 0, 0, 1, 0, 2 }, data.GetProperty("quizScores").EnumerateArray().Select(s => s.GetInt64()));
        Assert.Equal(
            Enumerable.Range(0, 6).Select(i => quiz.Sum(r => r.GetProperty("scores")[i].GetInt64())),
            data.GetProperty("quizScores").EnumerateArray().Select(s => s.GetInt64()));
        Assert.Equal((2L, 1L), (data.GetProperty("talkRequests").GetInt64(), data.GetProperty("riskInterrupts").GetInt64()));
        Assert.Equal(
            (safety.Sum(r => r.GetProperty("talkRequests").GetInt64()), safety.Sum(r => r.GetProperty("riskInterrupts").GetInt64())),
            (data.GetProperty("talkRequests").GetInt64(), data.GetProperty("riskInterrupts").GetInt64()));
    }

    [Fact]
    public async Task Lists_the_codes_that_reached_most_people_with_their_conversion_as_in_the_referrals_export()
    {
        using var client = host.StaffClient();
        var code = $"KOL{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        using var created = await client.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Trường THPT Chu Văn An", kind = "school" });
        var at = new DateTimeOffset(2034, 7, 1, 5, 0, 0, TimeSpan.Zero);
        var registry = host.Factory.Services.GetRequiredService<IReferralRegistry>();
        var users = Enumerable.Range(0, 40).Select(_ => UserHash.Parse($"{Guid.NewGuid():N}")).ToList();
        foreach (var user in users)
        {
            await registry.TouchAsync(code, user, "zalo", at, CancellationToken.None);
        }

        foreach (var user in users.Take(10))
        {
            await host.Ledger().RecordPledgeAsync(
                new PledgeRecord(user, ["p1"], "hue", AgeBands.From15To17, "zalo", code, null, at), CancellationToken.None);
        }

        var data = await client.GetFromJsonAsync<JsonElement>("/admin/dashboard.json?from=2034-07-01&to=2034-07-01");
        var export = (await client.GetFromJsonAsync<JsonElement>("/admin/export/referrals.json")).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var top = data.GetProperty("topCodes").EnumerateArray().ToList();
        Assert.InRange(top.Count, 1, 10);
        var row = Assert.Single(top, c => c.GetProperty("code").GetString() == code);
        Assert.Equal(
            (export.GetProperty("reach").GetInt64(), export.GetProperty("pledges").GetInt64(), "school", "Trường THPT Chu Văn An"),
            (row.GetProperty("reach").GetInt64(), row.GetProperty("pledges").GetInt64(), row.GetProperty("kind").GetString(), row.GetProperty("owner").GetString()));
        Assert.Equal((40L, 10L, 0.25), (row.GetProperty("reach").GetInt64(), row.GetProperty("pledges").GetInt64(), row.GetProperty("conversion").GetDouble()));
        Assert.Equal(top.Select(c => c.GetProperty("reach").GetInt64()).OrderDescending(), top.Select(c => c.GetProperty("reach").GetInt64()));
    }

    private static Dictionary<string, long> Sums(List<JsonElement> rows, string field) =>
        rows.GroupBy(r => r.GetProperty(field).GetString()!).ToDictionary(g => g.Key, g => g.Sum(r => r.GetProperty("pledges").GetInt64()));

    private static IEnumerable<KeyValuePair<string, long>> Counts(JsonElement list) =>
        list.EnumerateArray().Select(c => KeyValuePair.Create(c.GetProperty("id").GetString()!, c.GetProperty("pledges").GetInt64()));

    private Task<PledgeReceipt> PledgeAsync(string province, string channel, string? code, DateTimeOffset at) =>
        host.Ledger().RecordPledgeAsync(
            new PledgeRecord(UserHash.Parse($"{Guid.NewGuid():N}"), ["p1"], province, AgeBands.From15To17, channel, code, null, at),
            CancellationToken.None);
}
