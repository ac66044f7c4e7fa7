using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign;

[Collection(RedisClusterCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class CampaignLedgerOnRedisClusterTests(RedisClusterFixture server) : CampaignLedgerTests(server);
