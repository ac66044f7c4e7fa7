using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(RedisServerCollection.Name)]
public sealed class ReferralRegistryOnRedisServerTests(RedisServerFixture server) : ReferralRegistryTests(server);
