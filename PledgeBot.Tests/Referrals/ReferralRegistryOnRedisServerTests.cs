using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Referrals;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class ReferralRegistryOnRedisServerTests(RedisServerFixture server) : ReferralRegistryTests(server);
