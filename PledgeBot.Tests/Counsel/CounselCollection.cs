using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Counsel;

/// <summary>Tests in this collection share two console hosts on one redis-server and one fake Connector, and
/// Debian's Chromium for the console's page.</summary>
[CollectionDefinition(Name)]
public sealed class CounselCollection : ICollectionFixture<CounselHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "counsel";
}
