namespace PledgeBot.Tests.Fixtures;

/// <summary>Tests in this collection share one redis-server.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis-server";
}
