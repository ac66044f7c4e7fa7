using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>The pledge minigame: three quick situations, at least three pledges, province and age band, then the
/// pledge is counted once per user and the user gets their number and a card to share.</summary>
public sealed class PledgeFlow(
    ICampaignLedger ledger, IReferralRegistry referrals, IPseudonymizer pseudonymizer, ICampaignLinks links, Random random)
    : Flow<PledgeState>
{
    public const string FlowId = "pledge";
    public const int Situations = 3;

    private static readonly IReadOnlyList<string> s_ageChoices = [.. AgeBands.All.Select(band => $"age.{band}")];

    public override string Id => FlowId;

    protected override JsonTypeInfo<PledgeState> StateType => PledgeJsonContext.Default.PledgeState;

    protected override IReadOnlyList<Step<PledgeState>> Steps =>
    [
        Milestone(0, "start", Run(CheckEarlierPledgeAsync)),
        EndWhen(s => s.AlreadyPledged),
        Say(PledgeText.Intro),
        Run(DrawScenariosAsync),
        Milestone(1, "situations", new ScenarioGameStep()),
        Milestone(2, "pledges", new PledgePickerStep()),
        new PrivacyNoticeStep<PledgeState>(),
        Milestone(3, "province", Call(ProvinceFlow.FlowId, (s, result) => s with { Province = ProvinceFlow.ProvinceOf(result) })),
        Milestone(4, "age", Ask.Choice(PledgeText.AgePrompt, s_ageChoices, (s, choice) => s with { AgeBand = choice["age.".Length..] })),
        Milestone(5, "pledged", Run(RecordAsync)),
    ];

    private async Task<PledgeState> CheckEarlierPledgeAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        if (await ledger.FindPledgeAsync(User(step), cancellationToken) is not { } earlier)
        {
            return step.State;
        }

        PledgeReceiptMessages.Already(step.Turn, earlier, links);
        return step.State with { AlreadyPledged = true };
    }

    private Task<PledgeState> DrawScenariosAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        var ids = step.Content.Scenarios(step.Language).Select(s => s.Id).ToArray();
        random.Shuffle(ids);
        return Task.FromResult(step.State with { Scenarios = ids.Take(Situations).ToArray(), ScenarioIndex = 0, SafeAnswers = 0 });
    }

    private async Task<PledgeState> RecordAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        var user = User(step);
        var inviteCode = await referrals.CreatePeerCodeAsync(user, cancellationToken);
        var pledge = new PledgeRecord(
            user, step.State.Picked, step.State.Province!, step.State.AgeBand!, step.Turn.ChannelId,
            step.Turn.State.ReferralCode, inviteCode, step.Turn.Clock.GetUtcNow());
        var receipt = await ledger.RecordPledgeAsync(pledge, cancellationToken);
        if (receipt.Recorded)
        {
            PledgeReceiptMessages.Thanks(step.Turn, receipt, links);
        }
        else
        {
            // Pledged meanwhile in another conversation: the earlier pledge stands, and this invite code goes unused.
            PledgeReceiptMessages.Already(step.Turn, receipt, links);
        }

        return step.State;
    }

    private UserHash User(StepContext<PledgeState> step) =>
        pseudonymizer.HashUser(step.Turn.ChannelId, step.Turn.Activity.From?.Id ?? string.Empty);
}
