using System.Globalization;
using System.Net;
using Xunit.Abstractions;
using PledgeBot.Tests.Referrals;
using StackExchange.Redis;

namespace PledgeBot.Tests.Staff.Exports;

[Collection(ExportMemoryCollection.Name)]
public sealed class ExportMemoryTests(ReferralHostFixture host, ITestOutputHelper output)
{
    private const int Codes = 200;
    private const string Range = "?from=2036-01-01&to=2036-12-30";
    private const int SampleEvery = 256 * 1024;

    [Fact]
    public async Task Streams_a_365_day_pledges_export_of_many_codes_without_holding_it_in_memory()
    {
        await SeedAsync();
        using var client = host.StaffClient();
        await MeasureAsync(client, "/admin/export/pledges.csv?from=2036-01-01&to=2036-01-02");

        var (size, peak) = await MeasureAsync(client, $"/admin/export/pledges.csv{Range}");
        var buffered = await MeasureBufferedAsync(client, $"/admin/export/pledges.csv{Range}");

        output.WriteLine($"export {size:N0} bytes; heap growth while streaming at most {peak:N0}; holding it whole {buffered:N0}");
        Assert.InRange(size, 4_000_000, long.MaxValue);
        Assert.True(peak < size / 5, $"The managed heap grew by {peak:N0} bytes while a {size:N0}-byte export streamed.");
        // The same meter sees a body held whole: a buffering export could not pass the assertion above.
        Assert.True(buffered > size * 9 / 10, $"Holding the {size:N0}-byte body grew the heap by only {buffered:N0} bytes.");
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
        for (var day = new DateOnly(2036, 1, 1); day <= new DateOnly(2036, 12, 30); day = day.AddDays(1))
        {
            writes.Add(database.HashSetAsync(keys.PledgeMix(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), entries));
        }

        await Task.WhenAll(writes);
    }

    // Reads the body a block at a time, sampling the live managed heap (after a full collection) every 256 KB.
    private static async Task<(long Size, long Peak)> MeasureAsync(HttpClient client, string path)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[16 * 1024];
        long size = 0, peak = 0, nextSample = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            size += read;
            if (size >= nextSample)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                nextSample += SampleEvery;
            }
        }

        return (size, peak);
    }

    private static async Task<long> MeasureBufferedAsync(HttpClient client, string path)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var whole = await client.GetByteArrayAsync(path);
        var grown = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(whole);
        return grown;
    }
}
