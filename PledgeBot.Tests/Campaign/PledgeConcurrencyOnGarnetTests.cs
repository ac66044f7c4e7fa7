using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign;

[Collection(GarnetCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class PledgeConcurrencyOnGarnetTests(GarnetFixture server) : PledgeConcurrencyTests(server);
