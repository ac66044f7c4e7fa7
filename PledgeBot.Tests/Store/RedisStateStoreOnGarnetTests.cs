using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Store;

[Collection(GarnetCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class RedisStateStoreOnGarnetTests(GarnetFixture server) : RedisStateStoreTests(server);
