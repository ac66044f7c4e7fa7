using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(GarnetCollection.Name)]
public sealed class CampaignLedgerOnGarnetTests(GarnetFixture server) : CampaignLedgerTests(server);
