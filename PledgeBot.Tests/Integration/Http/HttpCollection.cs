namespace PledgeBot.Tests.Integration.Http;

/// <summary>The HTTP tests share one bot host and one fake Connector, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HttpCollection : ICollectionFixture<BotHostFixture>
{
    public const string Name = "Http";
}
