using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

[Collection(RedisServerCollection.Name)]
public sealed class CampaignLedgerOnRedisServerTests(RedisServerFixture server) : CampaignLedgerTests(server);
