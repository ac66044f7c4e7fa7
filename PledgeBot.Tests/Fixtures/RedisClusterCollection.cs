namespace PledgeBot.Tests.Fixtures;

/// <summary>Tests in this collection share one 3-node Redis Cluster.</summary>
[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "redis-cluster";
}
