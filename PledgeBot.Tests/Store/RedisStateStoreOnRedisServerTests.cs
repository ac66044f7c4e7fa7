using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Store;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class RedisStateStoreOnRedisServerTests(RedisServerFixture server) : RedisStateStoreTests(server);
