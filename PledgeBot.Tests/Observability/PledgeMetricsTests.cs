using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Campaign;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Observability;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgeMetricsTests(RedisServerFixture server)
{
    [Fact]
    public async Task Counts_a_pledge_as_recorded_once_and_its_repetition_as_repeated()
    {
        var channel = $"otel{Guid.NewGuid():N}"[..12];
        var ledger = new RedisCampaignLedger(server.Multiplexer, new RedisKeys(Prefix(), 6), new FakeTimeProvider(Noon), NullLogger<RedisCampaignLedger>.Instance);
        using var pledges = new MeasuredCounts("pledgebot.pledges", "result", "channel", channel);

        await ledger.RecordPledgeAsync(Pledge(1, channel: channel), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(1, channel: channel), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, channel: channel), CancellationToken.None);

        Assert.Equal(2, pledges["recorded"]);
        Assert.Equal(1, pledges["repeated"]);
    }
}
