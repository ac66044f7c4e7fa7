namespace PledgeBot.Tests.Counsel;

/// <summary>Tests in this collection share two console hosts on one redis-server and one fake Connector.</summary>
[CollectionDefinition(Name)]
public sealed class CounselCollection : ICollectionFixture<CounselHostFixture>
{
    public const string Name = "counsel";
}
