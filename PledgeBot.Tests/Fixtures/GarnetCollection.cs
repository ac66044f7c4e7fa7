namespace PledgeBot.Tests.Fixtures;

/// <summary>Tests in this collection share one embedded Garnet.</summary>
[CollectionDefinition(Name)]
public sealed class GarnetCollection : ICollectionFixture<GarnetFixture>
{
    public const string Name = "garnet";
}
