using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Staff.Exports;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ExportEndpointTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Theory]
    [InlineData("/admin/export/pledges.csv?from=2031-01-01&to=2031-01-02")]
    [InlineData("/admin/export/pledges.json?from=2031-01-01&to=2031-01-02")]
    [InlineData("/admin/export/referrals.csv")]
    [InlineData("/admin/export/referrals.json")]
    public async Task Refuses_an_export_without_a_staff_key_with_401(string path)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("pledges.csv", "", "from")]
    [InlineData("pledges.csv", "?from=2031-01-01", "to")]
    [InlineData("pledges.csv", "?from=01/02/2031&to=2031-01-05", "from")]
    [InlineData("pledges.csv", "?from=2031-02-30&to=2031-03-01", "from")]
    [InlineData("pledges.csv", "?from=2031-01-01&to=2031-1-5", "to")]
    [InlineData("pledges.csv", "?from=2031-01-05&to=2031-01-04", "from")]
    [InlineData("pledges.csv", "?from=2031-01-01&to=2032-01-02", "to")]
    [InlineData("pledges.json", "?from=2031-01-05&to=2031-01-04", "from")]
    public async Task Refuses_a_bad_date_range_with_400_and_a_reason(string file, string query, string field)
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync($"/admin/export/{file}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ExportTestClient.JsonAsync(response)).GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task Accepts_a_range_of_exactly_366_days()
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync("/admin/export/pledges.csv?from=2031-01-01&to=2032-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Exports_pledges_per_viet_nam_day_as_csv_with_a_bom_and_audits_the_export()
    {
        using var client = host.StaffClient();
        await PledgeAsync("quang-ninh", null, new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.Zero));
        await PledgeAsync("quang-ninh", "KOLEXPORT", new DateTimeOffset(2031, 3, 4, 18, 30, 0, TimeSpan.Zero));
        await PledgeAsync("quang-ninh", "KOLEXPORT", new DateTimeOffset(2031, 3, 5, 1, 0, 0, TimeSpan.Zero));

        using var response = await client.GetAsync("/admin/export/pledges.csv?from=2031-03-03&to=2031-03-05");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExportTestClient.Bom, bytes[..3]);
        Assert.Equal(
            ["date,province,channel,referral_code,age_band,pledges", "2031-03-04,quang-ninh,telegram,,15-17,1", "2031-03-05,quang-ninh,telegram,KOLEXPORT,15-17,2", ""],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"));
        var audit = await host.Database().ListRangeAsync(host.Keys().StaffAudit(), 0, 50);
        Assert.Contains(audit.Select(a => JsonDocument.Parse((string)a!).RootElement), e =>
            e.GetProperty("action").GetString() == "exported"
            && e.GetProperty("code").GetString() == "pledges-2031-03-03-2031-03-05.csv"
            && e.GetProperty("keyId").GetString() == ReferralHostFixture.StaffKeyHash[..12]);
    }

    [Fact]
    public async Task Exports_the_same_pledges_as_json()
    {
        using var client = host.StaffClient();
        await PledgeAsync("ca-mau", "BOOTHJSON", new DateTimeOffset(2031, 5, 6, 3, 0, 0, TimeSpan.Zero));

        using var response = await client.GetAsync("/admin/export/pledges.json?from=2031-05-06&to=2031-05-06");

        var row = Assert.Single((await ExportTestClient.JsonAsync(response)).EnumerateArray());
        Assert.Equal(
            ("2031-05-06", "ca-mau", "telegram", "BOOTHJSON", "15-17", 1L),
            (row.GetProperty("date").GetString(), row.GetProperty("province").GetString(), row.GetProperty("channel").GetString(),
                row.GetProperty("referralCode").GetString(), row.GetProperty("ageBand").GetString(), row.GetProperty("pledges").GetInt64()));
    }

    [Fact]
    public async Task Exports_referral_codes_with_their_counts_and_neutralises_a_formula_looking_owner()
    {
        using var client = host.StaffClient();
        var code = $"KOL{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        using var created = await client.PostAsJsonAsync(
            "/admin/referral-codes", new { code, owner = "=HYPERLINK(\"http://x\",\"Nguyễn Văn A\")", kind = "kol" });
        var user = UserHash.Parse($"{Guid.NewGuid():N}");
        var at = new DateTimeOffset(2031, 7, 1, 5, 0, 0, TimeSpan.Zero);
        await host.Factory.Services.GetRequiredService<IReferralRegistry>().TouchAsync(code, user, "telegram", at, CancellationToken.None);
        await PledgeAsync("ha-noi", code, at, user);

        using var csv = await client.GetAsync("/admin/export/referrals.csv");
        using var json = await client.GetAsync("/admin/export/referrals.json");
        var bytes = await csv.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(ExportTestClient.Bom, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("code,owner,kind,active,created_at,reach,pledges,quiz_completions", lines[0]);
        var line = Assert.Single(lines, l => l.StartsWith(code + ",", StringComparison.Ordinal));
        Assert.Matches($"^{code},\"'=HYPERLINK\\(\"\"http://x\"\",\"\"Nguyễn Văn A\"\"\\)\",kol,true,[0-9T:-]+Z,1,1,0$", line);
        Assert.Equal("'=HYPERLINK(\"http://x\",\"Nguyễn Văn A\")", OwnerInCsv(bytes, code));
        var row = Assert.Single((await ExportTestClient.JsonAsync(json)).EnumerateArray(), r => r.GetProperty("code").GetString() == code);
        Assert.Equal("=HYPERLINK(\"http://x\",\"Nguyễn Văn A\")", row.GetProperty("owner").GetString());
        Assert.Equal((1L, 1L), (row.GetProperty("reach").GetInt64(), row.GetProperty("pledges").GetInt64()));
    }

    private async Task PledgeAsync(string province, string? code, DateTimeOffset at, UserHash? user = null)
    {
        await host.Ledger().RecordPledgeAsync(
            new PledgeRecord(user ?? UserHash.Parse($"{Guid.NewGuid():N}"), ["p1"], province, AgeBands.From15To17, "telegram", code, null, at),
            CancellationToken.None);
    }

    private static string? OwnerInCsv(byte[] bytes, string code)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        while (csv.Read())
        {
            if (csv.TryGetFieldIndex("code", out var codeIndex) && csv.GetString(codeIndex) == code
                && csv.TryGetFieldIndex("owner", out var ownerIndex))
            {
                return csv.GetString(ownerIndex);
            }
        }

        return null;
    }
}
