using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Actions held back behind "More…", and the language they were offered in.</summary>
public sealed record OverflowRest(IReadOnlyList<CardAction> Actions, string? Locale);
