using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The optional body of <c>tokens/generate</c> and <c>conversations</c>: who the user is and their locale.</summary>
public sealed record ConversationStart
{
    public ChannelAccount? User { get; init; }

    public string? Locale { get; init; }
}
