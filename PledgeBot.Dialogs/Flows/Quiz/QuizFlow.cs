using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>The safety quiz ("Đố vui" / "Quiz"): five questions drawn at random, right or wrong and why after each,
/// then the score, a badge, and an offer to play again or take the pledge. Each finished round is counted once.</summary>
public sealed class QuizFlow(ICampaignLedger ledger, IPseudonymizer pseudonymizer, Random random) : Flow<QuizState>
{
    public const string FlowId = "quiz";

    /// <summary>Questions in one round.</summary>
    public const int RoundLength = 5;

    public override string Id => FlowId;

    protected override JsonTypeInfo<QuizState> StateType => QuizJsonContext.Default.QuizState;

    protected override IReadOnlyList<Step<QuizState>> Steps =>
    [
        Milestone(0, "start", Run(DrawAsync)),
        Run(IntroduceAsync),
        Milestone(1, "questions", new QuizQuestionStep()),
        Milestone(2, "finished", Run(RecordAsync)),
        Run(ShowResultAsync),
    ];

    private Task<QuizState> DrawAsync(StepContext<QuizState> step, CancellationToken cancellationToken) =>
        Task.FromResult(new QuizState { Questions = QuizDraw.Questions(step.Content.Quiz(step.Language), random, RoundLength) });

    private static Task<QuizState> IntroduceAsync(StepContext<QuizState> step, CancellationToken cancellationToken)
    {
        step.Say(QuizText.Intro, null, ("total", QuizCard.Number(step.State.Questions.Count)));
        return Task.FromResult(step.State);
    }

    // Recorded before the result is shown: if the ledger fails, the turn fails and the last answer can be sent again.
    // Counted once the turn's state is saved, so a re-run turn never counts a quiz twice.
    private Task<QuizState> RecordAsync(StepContext<QuizState> step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var user = pseudonymizer.HashUser(turn.ChannelId, turn.Activity.From?.Id ?? string.Empty);
        var record = new QuizRecord(user, step.State.Score, step.State.Questions.Count, turn.ChannelId, ReferralCode: turn.State.ReferralCode, At: turn.Clock.GetUtcNow());
        turn.AfterSave(token => ledger.RecordQuizAsync(record, token));
        return Task.FromResult(step.State);
    }

    private static Task<QuizState> ShowResultAsync(StepContext<QuizState> step, CancellationToken cancellationToken)
    {
        QuizResult.Send(step.Turn, step.State);
        return Task.FromResult(step.State);
    }
}
