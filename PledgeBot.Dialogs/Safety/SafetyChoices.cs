using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Safety;

/// <summary>The buttons under a safety reply, and which of them a message means. No game or menu buttons: "Call 111"
/// (a real call where the channel can dial), "I want to say more", "Later" — or, after a check-in, "Talk to someone"
/// and "Carry on".</summary>
public static class SafetyChoices
{
    /// <summary>Channels whose clients dial a <c>call</c> action (Web Chat, the Emulator, Teams); elsewhere the button
    /// sends its title back and the bot answers with how to call.</summary>
    private static readonly string[] s_dialing = [Channels.DirectLine, Channels.WebChat, Channels.Emulator, "msteams"];

    private static readonly string[] s_all = [SafetyText.CallChoice, SafetyText.TellMoreChoice, SafetyText.LaterChoice, SafetyText.CarryOnChoice];

    public static SuggestedActions AfterHighRisk(TurnContext turn, string? counsellorChoice) =>
        Actions(turn, counsellorChoice is null ? [SafetyText.TellMoreChoice, SafetyText.LaterChoice] : [counsellorChoice, SafetyText.TellMoreChoice, SafetyText.LaterChoice]);

    public static SuggestedActions WhileListening(TurnContext turn, string? counsellorChoice) =>
        Actions(turn, counsellorChoice is null ? [SafetyText.LaterChoice] : [counsellorChoice, SafetyText.LaterChoice]);

    public static SuggestedActions AfterCheckIn(TurnContext turn, string talkChoice, bool flowOpen) =>
        Actions(turn, [talkChoice, flowOpen ? SafetyText.CarryOnChoice : SafetyText.LaterChoice]);

    /// <summary>"Call 111" (a real call where the channel can dial), then <paramref name="choices"/>.</summary>
    public static SuggestedActions With(TurnContext turn, IReadOnlyList<string> choices) => Actions(turn, choices);

    /// <summary>Which safety choice the message is, by its title or a synonym (never by number: "1" answers a quiz).</summary>
    public static string? Recognize(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        if (match.IsEmpty)
        {
            return null;
        }

        return s_all.FirstOrDefault(id => turn.Content.ChoicePhrases(id).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase)));
    }

    private static SuggestedActions Actions(TurnContext turn, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var call = turn.Content.ChoiceTitle(turn.Language, SafetyText.CallChoice);
        var first = s_dialing.Contains(turn.ChannelId, StringComparer.OrdinalIgnoreCase)
            ? CardAction.Call(call, "tel:111")
            : CardAction.ImBack(call, call);
        var rest = ChoiceActions.For(turn.Content, turn.Language, choices);
        return rest with { Actions = [first, .. rest.Actions] };
    }
}
