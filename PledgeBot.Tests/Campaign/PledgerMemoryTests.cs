using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;
using Xunit.Abstractions;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Campaign;

/// <summary>What each pledger costs redis-server for the long-lived record (issue 9: at most 150 bytes), measured at
/// the fill the bucket count is sized for: 64 buckets of some 60 pledgers, a third of them referred, each with the index
/// of their invite code. The invite code's own hash is a key of its own, not counted here (BENCHMARKS.md).</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgerMemoryTests(RedisServerFixture server, ITestOutputHelper output)
{
    private const int BucketBits = 6;
    private const int Pledgers = 3_840;

    private readonly RedisKeys _keys = new(Prefix(), BucketBits);
    private readonly FakeTimeProvider _time = new(Noon);

    [Fact]
    public async Task Costs_at_most_150_bytes_per_pledger_in_listpack_encoded_buckets()
    {
        var ledger = new RedisCampaignLedger(server.Multiplexer, _keys, _time, NullLogger<RedisCampaignLedger>.Instance);
        var registry = new RedisReferralRegistry(server.Multiplexer, _keys, _time, NullLogger<RedisReferralRegistry>.Instance);
        await new RedisReferralCatalog(server.Multiplexer, _keys, _time)
            .CreateAsync([("KOL_MEMORY", "kol", "Memory test")], CancellationToken.None);

        foreach (var batch in Enumerable.Range(0, Pledgers).Chunk(64))
        {
            await Task.WhenAll(batch.Select(async n =>
            {
                var user = RandomUser(n);
                var code = n % 3 == 0 ? "KOL_MEMORY" : null;
                if (code is not null)
                {
                    await registry.TouchAsync(code, user, "zalo", Noon, CancellationToken.None);
                }

                var pledge = Pledge(n, code: code) with
                {
                    User = user,
                    PledgeIds = ["otp", "2fa", "links", "kind", "hotlines"],
                    InviteCode = await registry.CreatePeerCodeAsync(user, CancellationToken.None),
                };
                Assert.True((await ledger.RecordPledgeAsync(pledge, CancellationToken.None)).Recorded);
            }));
        }

        var database = server.Multiplexer.GetDatabase();
        var buckets = Enumerable.Range(0, Pledgers).Select(n => _keys.PledgerBucket(RandomUser(n))).Distinct().ToList();
        var bytes = 0L;
        Assert.Equal(1 << BucketBits, buckets.Count);
        foreach (var key in buckets)
        {
            Assert.Equal("listpack", (string?)await database.ExecuteAsync("OBJECT", "ENCODING", key));
            bytes += (long)await database.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0");
        }

        var perPledger = (double)bytes / Pledgers;
        output.WriteLine(FormattableString.Invariant($"{perPledger:F1} bytes per pledger over {buckets.Count} buckets"));
        Assert.InRange(perPledger, 20, 150);
    }

    // HMAC hashes spread evenly; the test users' numbered hashes would all fall in one bucket.
    private static UserHash RandomUser(int n) =>
        UserHash.Parse(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture))))[..32]);
}
