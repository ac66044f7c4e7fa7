using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgeConcurrencyOnRedisServerTests(RedisServerFixture server) : PledgeConcurrencyTests(server);
