using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>What the console sends the young person outside their turns — a counsellor took the chat, wrote, handed
/// it back, ended it, or nobody came in time — in their language with the buttons their channel can show.</summary>
public static class CounselReplies
{
    public static Activity Claimed(ContentCatalog content, Language language, string channel) =>
        Build(content, language, channel, turn => turn.Say(CounselText.Claimed, CounselDesk.WaitingActions(turn)));

    public static Activity FromCounsellor(ContentCatalog content, Language language, string channel, string text) =>
        Build(content, language, channel, turn => turn.Say(CounselText.FromCounsellor, CounselDesk.WaitingActions(turn), ("text", text)));

    public static Activity Released(ContentCatalog content, Language language, string channel, int position) =>
        Build(content, language, channel, turn => turn.Say(
            CounselText.Released, CounselDesk.WaitingActions(turn), ("position", language.Format(Math.Max(position, 1)))));

    /// <summary>Nobody claimed the chat in time: 111 now, keep waiting, or back to the bot.</summary>
    public static Activity Timeout(ContentCatalog content, Language language, string channel) =>
        Build(content, language, channel, turn => turn.Say(
            CounselText.Timeout, Safety.SafetyChoices.With(turn, [CounselText.WaitChoice, CounselText.BackChoice])));

    /// <summary>The counsellor ended the chat: a short closing line, and the bot is back with its menu.</summary>
    public static Activity Ended(ContentCatalog content, Language language, string channel) =>
        Build(content, language, channel, turn => turn.Say(TalkText.Ended, MainMenu.Actions(turn)));

    // The replies are made as a turn would make them (same buttons, same call action where the channel dials), from a
    // stand-in activity: the sender fills in the addressing from the stored conversation reference.
    private static Activity Build(ContentCatalog content, Language language, string channel, Func<TurnContext, Activity> say)
    {
        ArgumentNullException.ThrowIfNull(content);
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, ChannelId = channel, Locale = language.Locale() }, TimeProvider.System, content)
        {
            Language = language,
        };
        var reply = say(turn);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            TextFormat = reply.TextFormat,
            Locale = reply.Locale,
            SuggestedActions = reply.SuggestedActions,
            InputHint = reply.InputHint,
        };
    }
}
