namespace PledgeBot.Tests.Auth;

/// <summary>The JWT tests share one bot host with an app id, one issuer, one token endpoint and one fake Connector.</summary>
[CollectionDefinition(Name)]
public sealed class JwtCollection : ICollectionFixture<JwtHostFixture>
{
    public const string Name = "Jwt";
}
