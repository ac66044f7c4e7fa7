using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Classes;

/// <summary>One message of a class session to a student, in the class's language: sent as a reply in their turn or,
/// outside it, through the host's proactive sender.</summary>
public sealed record ClassLine(Language Language, string Text, SuggestedActions? Actions = null)
{
    /// <summary>The message as an activity with content only; the sender fills in the addressing.</summary>
    public Activity ToActivity() => new()
    {
        Type = ActivityTypes.Message,
        Text = Text,
        TextFormat = "plain",
        Locale = Language.Locale(),
        SuggestedActions = Actions,
        InputHint = Actions is null ? "acceptingInput" : "expectingInput",
    };
}
