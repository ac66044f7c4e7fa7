using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Dialogs.Flows.Privacy;

/// <summary>The privacy notice, once per conversation, right before the first question that collects data. Children's
/// data is sensitive data under Decree 13/2023 and the campaign's audience starts at 12: they are told what is kept
/// (an anonymous count by province and age band), what is not (names, phone numbers, messages) and how to delete it.</summary>
public sealed class PrivacyNoticeStep<TState> : Step<TState>
{
    public override Task<StepResult<TState>> EnterAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!step.Turn.State.PrivacyNoticeShown)
        {
            step.Say(PrivacyText.Notice);
            step.Turn.State = step.Turn.State with { PrivacyNoticeShown = true };
        }

        return Task.FromResult(StepResult<TState>.Next(step.State));
    }
}
