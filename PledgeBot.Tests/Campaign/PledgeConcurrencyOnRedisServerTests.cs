using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgeConcurrencyOnRedisServerTests(RedisServerFixture server) : PledgeConcurrencyTests(server);
