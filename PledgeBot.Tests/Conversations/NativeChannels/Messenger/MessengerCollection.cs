namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>The Messenger host tests share one bot host and one fake Graph API, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class MessengerCollection : ICollectionFixture<MessengerHostFixture>
{
    public const string Name = "Messenger";
}
