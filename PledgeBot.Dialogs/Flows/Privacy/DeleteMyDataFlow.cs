using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.Privacy;

/// <summary>"Delete my data": after a yes, the user's per-user records go — conversation state, pledge marker, invite
/// code ownership — while aggregate counts stay (Decree 13/2023: the data subject may ask for deletion).</summary>
public sealed class DeleteMyDataFlow(ICampaignLedger ledger, IReferralRegistry referrals, IPseudonymizer pseudonymizer)
    : Flow<DeleteMyDataState>
{
    public const string FlowId = "privacy.delete";

    /// <summary>Tells the campaign page to forget the user token it keeps for this browser (wwwroot/app.js).</summary>
    public const string ForgetEventName = "pledgebot/forget";

    public override string Id => FlowId;

    protected override JsonTypeInfo<DeleteMyDataState> StateType => PrivacyJsonContext.Default.DeleteMyDataState;

    protected override IReadOnlyList<Step<DeleteMyDataState>> Steps =>
    [
        Ask.YesNo(PrivacyText.Confirm, (s, yes) => s with { Confirmed = yes }),
        Run(EraseAsync),
    ];

    private async Task<DeleteMyDataState> EraseAsync(StepContext<DeleteMyDataState> step, CancellationToken cancellationToken)
    {
        if (!step.State.Confirmed)
        {
            step.Say(PrivacyText.Kept);
            return step.State;
        }

        var user = pseudonymizer.HashUser(step.Turn.ChannelId, step.Turn.Activity.From?.Id ?? string.Empty);
        var pledge = await ledger.ErasePledgerAsync(user, cancellationToken);
        var codes = await referrals.ReleasePeerCodesAsync(user, cancellationToken);
        step.Turn.DeleteState = true;

        var pledgePart = pledge ? step.Content.Get(step.Language, PrivacyText.DeletedPledge) : string.Empty;
        var codesPart = codes > 0
            ? step.Content.Plural(step.Language, PrivacyText.DeletedCodes, codes)
            : string.Empty;
        step.Say(PrivacyText.Deleted, null, ("pledge", pledgePart), ("codes", codesPart));
        if (step.Turn.ChannelId == Channels.WebChat)
        {
            step.Turn.Queue(step.Turn.Activity.CreateReply(step.Turn.Clock.GetUtcNow(), step.Language.Locale()) with
            {
                Type = ActivityTypes.Event,
                Name = ForgetEventName,
            });
        }

        return step.State;
    }
}
