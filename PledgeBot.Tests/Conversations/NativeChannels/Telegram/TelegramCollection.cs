namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>The Telegram HTTP tests share one bot host and one fake Bot API, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TelegramCollection : ICollectionFixture<TelegramHostFixture>
{
    public const string Name = "Telegram";
}
