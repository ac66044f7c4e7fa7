using Microsoft.Extensions.Logging.Abstractions;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Campaign;

/// <summary>A burst of pledges from four bot instances: each user counted once, every number given once.</summary>
public abstract class PledgeConcurrencyTests(IStoreServer server)
{
    private const int Instances = 4;
    private static readonly string[] s_provinces = ["ha-noi", "hue", "tp-ho-chi-minh"];

    private readonly RedisKeys _keys = new(Prefix());

    [Fact]
    public async Task Counts_50_parallel_pledgers_and_one_pledging_10_times_in_parallel_as_exactly_51_pledges()
    {
        var instances = await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => server.ConnectAsync()));
        try
        {
            var ledgers = instances
                .Select(multiplexer => new RedisCampaignLedger(multiplexer, _keys, TimeProvider.System, NullLogger<RedisCampaignLedger>.Instance))
                .ToArray();
            var pledges = Enumerable.Range(1, 50).Select(user => Pledge(user, province: s_provinces[user % s_provinces.Length]))
                .Concat(Enumerable.Repeat(Pledge(51, province: "hue"), 10))
                .ToArray();

            var receipts = await Task.WhenAll(pledges.Select((pledge, i) =>
                Task.Run(() => ledgers[i % Instances].RecordPledgeAsync(pledge, CancellationToken.None))));

            var recorded = receipts.Where(receipt => receipt.Recorded).ToArray();
            Assert.Equal(Enumerable.Range(1, 51).Select(number => (long)number), recorded.Select(receipt => receipt.Number).Order());
            var repeated = receipts[50..];
            Assert.Single(repeated, receipt => receipt.Recorded);
            Assert.Single(repeated.Select(receipt => receipt.Number).Distinct());
            foreach (var province in recorded.GroupBy(receipt => receipt.Province))
            {
                // Each province count was given once too: the same atomic write as the number.
                Assert.Equal(
                    Enumerable.Range(1, province.Count()).Select(count => (long)count),
                    province.Select(receipt => receipt.ProvinceCount).Order());
            }

            var totals = await ledgers[0].GetTotalsAsync(CancellationToken.None);
            Assert.Equal(51, totals.Pledges);
            Assert.Equal(51, totals.PledgesByProvince.Values.Sum());
            var database = server.Multiplexer.GetDatabase();
            Assert.Equal(51, (long)await database.HashGetAsync(_keys.PledgesByDay(), CampaignDay.Of(Noon)));
            Assert.Equal(51, (long)await database.HashGetAsync(_keys.PledgesByAgeBand(), AgeBands.From15To17));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }
}
