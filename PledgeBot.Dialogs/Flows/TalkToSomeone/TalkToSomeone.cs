using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>"Talk to someone": the help text with 111 and 113 at once, a live counsellor when handoff is on, and an
/// aggregate count of the entry, written after the turn: help never waits on, or fails with, the store.</summary>
public sealed class TalkToSomeone(ICampaignLedger ledger, IOptions<HandoffOptions> handoff) : IHelpOffer
{
    public bool HandoffEnabled => handoff.Value.Enabled;

    public string? CounsellorChoice => HandoffEnabled ? TalkText.Counsellor : null;

    public Activity Send(TurnContext turn, SuggestedActions? actions = null) => HelpOffer.Send(turn, actions);

    public Task OfferAsync(TurnContext turn, TalkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actions = HandoffEnabled ? ChoiceActions.For(turn.Content, turn.Language, [TalkText.Counsellor]) : null;
        HelpOffer.Send(turn, actions);
        Count(turn, entry);
        return Task.CompletedTask;
    }

    public void Count(TurnContext turn, TalkEntry entry, string? category = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var record = new TalkRecord(turn.ChannelId, entry, turn.Clock.GetUtcNow(), category);
        turn.AfterSave(token => ledger.RecordTalkAsync(record, token));
    }

    public bool AsksForCounsellor(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        return HandoffEnabled && turn.Content.ChoicePhrases(TalkText.Counsellor).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }

    public void BeginHandoff(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Queue(Handoff.Initiate(turn, handoff.Value.Skill));
        turn.State = turn.State with { HandedOff = true };
        turn.Say(TalkText.Connecting);
    }
}
