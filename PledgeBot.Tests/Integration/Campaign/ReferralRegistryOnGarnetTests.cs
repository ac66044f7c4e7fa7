using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(GarnetCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class ReferralRegistryOnGarnetTests(GarnetFixture server) : ReferralRegistryTests(server);
