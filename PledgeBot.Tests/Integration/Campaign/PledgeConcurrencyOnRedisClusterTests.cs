using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(RedisClusterCollection.Name)]
public sealed class PledgeConcurrencyOnRedisClusterTests(RedisClusterFixture server) : PledgeConcurrencyTests(server);
