using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Classes;

/// <summary>The class tests share two instances on one redis-server and one Chromium; each test runs its own class.</summary>
[CollectionDefinition(Name)]
public sealed class ClassCollection : ICollectionFixture<ClassHostsFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Classes";
}
