using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Store;

[Collection(GarnetCollection.Name)]
public sealed class RedisStateStoreOnGarnetTests(GarnetFixture server) : RedisStateStoreTests(server);
