using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>The Bot Framework handoff events (the SDK's EventFactory and HandoffEventNames).</summary>
public static class Handoff
{
    public const string InitiateName = "handoff.initiate";
    public const string StatusName = "handoff.status";

    /// <summary>handoff.initiate for the current turn: <c>from</c> is the user (not swapped), <c>relatesTo</c> the
    /// incoming conversation. No transcript is attached: the bot keeps none (README.md, "Where the data lives").</summary>
    public static Activity Initiate(TurnContext turn, string skill)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var incoming = turn.Activity;
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = InitiateName,
            Timestamp = turn.Clock.GetUtcNow(),
            From = incoming.From,
            Recipient = incoming.Recipient,
            Conversation = incoming.Conversation,
            ReplyToId = incoming.Id,
            ServiceUrl = incoming.ServiceUrl,
            ChannelId = incoming.ChannelId,
            Locale = turn.Language.Locale(),
            RelatesTo = incoming.GetConversationReference(),
            Value = JsonSerializer.SerializeToElement(new HandoffRequest(skill, "user_request"), TalkJsonContext.Default.HandoffRequest),
            Entities = [],
        };
    }

    /// <summary>The state of an inbound handoff.status event: accepted, failed or completed.</summary>
    public static string? StatusOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.IsType(ActivityTypes.Event) && string.Equals(activity.Name, StatusName, StringComparison.OrdinalIgnoreCase)
            && activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("state", out var state)
            && state.ValueKind == JsonValueKind.String
                ? state.GetString()
                : null;
    }
}
