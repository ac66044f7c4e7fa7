using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Referrals;

[Collection(RedisClusterCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class ReferralRegistryOnRedisClusterTests(RedisClusterFixture server) : ReferralRegistryTests(server);
