using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Campaign.Live;

/// <summary>The live counter's and dashboard's HTTP and browser tests share one bot host on Kestrel and one Chromium,
/// and run one at a time (the totals they watch are the host's).</summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Live";
}
