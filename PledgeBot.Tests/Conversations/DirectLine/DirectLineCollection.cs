namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary>The Direct Line and browser tests share one bot host on Kestrel, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineCollection : ICollectionFixture<DirectLineHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "DirectLine";
}
