using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>"Talk to someone": the help text with 111 and 113 at once, a live counsellor when handoff is on (the
/// agent hub's, or the console's during its hours), and an aggregate count of the entry, written after the turn: help
/// never waits on, or fails with, the store.</summary>
public sealed class TalkToSomeone(ICampaignLedger ledger, IOptions<HandoffOptions> handoff, CounselDesk desk)
    : IHelpOffer
{
    private HandoffMode Mode => handoff.Value.EffectiveMode;

    /// <summary>True when a counsellor can be offered now.</summary>
    public bool HandoffEnabled => Mode == HandoffMode.Event || desk.IsOpen;

    /// <summary>The choice that asks for a counsellor now, or null when none can be offered.</summary>
    public string? CounsellorChoice => Mode switch
    {
        HandoffMode.Event => TalkText.Counsellor,
        HandoffMode.Console when desk.IsOpen => CounselText.ChatChoice,
        _ => null,
    };

    public Activity Send(TurnContext turn, SuggestedActions? actions = null) => HelpOffer.Send(turn, actions);

    public Task OfferAsync(TurnContext turn, TalkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actions = CounsellorChoice is { } choice ? ChoiceActions.For(turn.Content, turn.Language, [choice]) : null;
        HelpOffer.Send(turn, actions);
        if (Mode == HandoffMode.Console && !desk.IsOpen)
        {
            // Out of hours: when counsellors are on, and 111 now, at once.
            desk.SayClosed(turn, null);
        }

        Count(turn, entry);
        return Task.CompletedTask;
    }

    public void Count(TurnContext turn, TalkEntry entry, string? category = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var record = new TalkRecord(turn.ChannelId, entry, turn.Clock.GetUtcNow(), category);
        turn.AfterSave(token => ledger.RecordTalkAsync(record, token));
    }

    /// <summary>True when the message asks for the live counsellor offered with the help text (in console mode also out
    /// of hours, so an old button or typed words get the hours and 111).</summary>
    public bool AsksForCounsellor(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        string[] choices = Mode switch
        {
            HandoffMode.Event => [TalkText.Counsellor],
            HandoffMode.Console => [CounselText.ChatChoice, TalkText.Counsellor],
            _ => [],
        };
        return choices.SelectMany(turn.Content.ChoicePhrases).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }

    public Task BeginHandoffAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Mode == HandoffMode.Console)
        {
            return desk.BeginAsync(turn, cancellationToken);
        }

        turn.Queue(Handoff.Initiate(turn, handoff.Value.Skill));
        turn.State = turn.State with { HandedOff = true, SafetyPause = null };
        turn.Say(TalkText.Connecting);
        return Task.CompletedTask;
    }
}
