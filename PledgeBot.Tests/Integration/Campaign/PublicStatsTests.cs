using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Campaign.Stats;
using StackExchange.Redis;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Integration.Campaign;

/// <summary>The totals' cache when the store fails: a big screen keeps its last numbers rather than an error.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PublicStatsTests
{
    private readonly FakeTimeProvider _time = new(Noon);
    private readonly Mock<ICampaignLedger> _ledger = new();

    [Fact]
    public async Task Serves_the_last_totals_read_while_the_store_is_down()
    {
        using var stats = CreateStats();
        _ledger.Setup(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CampaignTotals(7, new Dictionary<string, long> { [StatsContent.NorthId] = 7 }, 2, Noon));
        var before = await stats.ReadAsync(CancellationToken.None);
        _ledger.Setup(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, "down", null, CommandStatus.Unknown));
        _time.Advance(TimeSpan.FromSeconds(5));

        var during = await stats.ReadAsync(CancellationToken.None);

        Assert.Same(before, during);
        Assert.Equal(7, during!.PledgesByProvince[StatsContent.NorthName]);
        _ledger.Verify(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Has_nothing_to_serve_when_the_store_is_down_from_the_start()
    {
        using var stats = CreateStats();
        _ledger.Setup(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RedisTimeoutException(CommandFlags.None, "slow", CommandStatus.Sent));

        Assert.Null(await stats.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reads_the_store_once_for_many_requests_at_the_same_moment()
    {
        using var stats = CreateStats();
        _ledger.Setup(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CampaignTotals(1, new Dictionary<string, long>(), 0, Noon));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => stats.ReadAsync(CancellationToken.None))));

        _ledger.Verify(l => l.GetTotalsAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    private PublicStats CreateStats() => new(_ledger.Object, new StatsContent(), _time, NullLogger<PublicStats>.Instance);
}
