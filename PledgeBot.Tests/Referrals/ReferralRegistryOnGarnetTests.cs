using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Referrals;

[Collection(GarnetCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class ReferralRegistryOnGarnetTests(GarnetFixture server) : ReferralRegistryTests(server);
