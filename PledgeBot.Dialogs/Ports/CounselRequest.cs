using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Ports;

/// <summary>A conversation joining the counsellor queue: where to reach it (a reference without the user's name), its
/// language and the risk the bot has heard so far. Nothing the user wrote.</summary>
public sealed record CounselRequest(
    StateKey Conversation,
    ConversationReference Reference,
    Language Language,
    RiskLevel Risk,
    IReadOnlyList<string> Categories,
    DateTimeOffset At);
