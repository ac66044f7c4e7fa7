namespace PledgeBot.Tests.Fuzz;

/// <summary>The fuzz suite shares one host with every channel configured, and runs one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzHostFixture>
{
    public const string Name = "Fuzz";
}
