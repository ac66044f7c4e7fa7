using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign;

[Collection(RedisClusterCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgeConcurrencyOnRedisClusterTests(RedisClusterFixture server) : PledgeConcurrencyTests(server);
