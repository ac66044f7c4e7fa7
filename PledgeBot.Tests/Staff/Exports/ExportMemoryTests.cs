using System.Globalization;
using System.Net;
using System.Text;
using PledgeBot.Tests.Referrals;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Staff.Exports;

/// <summary>The pledges export holds a few days of rows at a time however long the range: it reads the store only as
/// fast as the client takes the body. Shown without measuring the heap (which pools, thread-local caches, the
/// in-process store and every other test share): while the client waits after its first block, the days the export
/// has not reached yet are deleted, and the body that follows must not contain them.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ExportMemoryTests(ReferralHostFixture host, ITestOutputHelper output) : IClassFixture<ReferralHostFixture>
{
    private const int Codes = 200;
    private const string Range = "?from=2036-01-01&to=2036-12-30";
    private static readonly DateOnly s_first = new(2036, 1, 1);
    private static readonly DateOnly s_last = new(2036, 12, 30);

    // One day is ~12 KB of CSV. Between the store and a client that stops reading only the response pipe (64 KB before
    // the writer waits), the CSV writer's buffer and the day being written are held: 10 days in all when measured
    // (the bound is the buffers' sizes, not timing). The deletion starts six times further out; an export that held
    // the body whole would have read all 365 days before sending its first byte.
    private static readonly DateOnly s_deletedFrom = s_first.AddDays(60);

    [Fact]
    public async Task Streams_a_365_day_pledges_export_of_many_codes_reading_only_as_fast_as_the_client_takes_it()
    {
        await SeedAsync();
        using var client = host.StaffClient();
        using var response = await client.GetAsync($"/admin/export/pledges.csv{Range}", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var first = new byte[16 * 1024];
        var firstRead = await body.ReadAsync(first);

        await DeleteDaysFromAsync(s_deletedFrom);
        using var rest = new MemoryStream();
        await body.CopyToAsync(rest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = Encoding.UTF8.GetString(first, 0, firstRead) + Encoding.UTF8.GetString(rest.ToArray());
        var days = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => DateOnly.ParseExact(line[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToArray();
        var last = days.Max();
        output.WriteLine($"first block {firstRead:N0} bytes; {days.Length:N0} rows; last day {last:yyyy-MM-dd} (deleted from {s_deletedFrom:yyyy-MM-dd})");
        Assert.True(last < s_deletedFrom, $"The export had read {last:yyyy-MM-dd} before the client took more than {firstRead:N0} bytes.");
        Assert.Equal(s_deletedFrom.DayNumber - s_first.DayNumber, days.Distinct().Count());
        Assert.Equal((s_deletedFrom.DayNumber - s_first.DayNumber) * Codes, days.Length);
    }

    // 365 Viet Nam days × 200 codes of the pledges' per-day mix, written as the ledger writes them (CountedMix).
    private async Task SeedAsync()
    {
        var database = host.Database();
        var keys = host.Keys();
        var entries = Enumerable.Range(0, Codes)
            .Select(i => new HashEntry(string.Create(CultureInfo.InvariantCulture, $"ho-chi-minh|zalo|BOOTH-FESTIVAL-2036-NO-{i:D4}|15-17"), 1_000 + i))
            .ToArray();
        var writes = new List<Task>();
        for (var day = s_first; day <= s_last; day = day.AddDays(1))
        {
            writes.Add(database.HashSetAsync(keys.PledgeMix(Day(day)), entries));
        }

        await Task.WhenAll(writes);
    }

    private async Task DeleteDaysFromAsync(DateOnly from)
    {
        var database = host.Database();
        var keys = host.Keys();
        var deletes = new List<Task>();
        for (var day = from; day <= s_last; day = day.AddDays(1))
        {
            deletes.Add(database.KeyDeleteAsync(keys.PledgeMix(Day(day))));
        }

        await Task.WhenAll(deletes);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
