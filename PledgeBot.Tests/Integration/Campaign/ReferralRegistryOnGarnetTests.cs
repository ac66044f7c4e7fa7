using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(GarnetCollection.Name)]
public sealed class ReferralRegistryOnGarnetTests(GarnetFixture server) : ReferralRegistryTests(server);
