using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Store;

[Collection(RedisServerCollection.Name)]
public sealed class RedisStateStoreOnRedisServerTests(RedisServerFixture server) : RedisStateStoreTests(server);
