using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>Asks the round's questions one after another and stays on this step until the last is answered. Each
/// answer gets one message — right or wrong, and why — and the next question follows as its own message.</summary>
public sealed class QuizQuestionStep : Step<QuizState>
{
    public override Task<StepResult<QuizState>> EnterAsync(StepContext<QuizState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Task.FromResult(Ask(step.Turn, step.State));
    }

    public override Task<StepResult<QuizState>> ContinueAsync(StepContext<QuizState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (QuizCard.Current(step.Content, step.Language, step.State) is not { } question)
        {
            return Task.FromResult(Stop(step.Turn, step.State));
        }

        var translation = QuizCard.Current(step.Content, Other(step.Language), step.State);
        var match = QuizCard.Match(step.Text, question, translation);
        if (match.IsAmbiguous)
        {
            ChoiceClarify.Ask(step.Turn, QuizCard.Titles(question), match);
            return Task.FromResult(StepResult<QuizState>.Wait(step.State));
        }

        if (match.Picked is not { } picked)
        {
            return Task.FromResult(StepResult<QuizState>.Retry(step.State));
        }

        var chosen = question.Options[picked].Id;
        var right = chosen == question.Answer;
        SayFeedback(step.Turn, question, right);
        var next = step.State with { Index = step.State.Index + 1, Score = step.State.Score + (right ? 1 : 0) };
        return Task.FromResult(next.Index < next.Questions.Count ? Ask(step.Turn, next) : StepResult<QuizState>.Next(next));
    }

    public override void Reprompt(StepContext<QuizState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (QuizCard.Current(step.Content, step.Language, step.State) is { } question)
        {
            Send(step.Turn, step.State, question, notUnderstood);
        }
    }

    private static StepResult<QuizState> Ask(TurnContext turn, QuizState state)
    {
        if (QuizCard.Current(turn.Content, turn.Language, state) is not { } question)
        {
            return Stop(turn, state);
        }

        Send(turn, state, question, notUnderstood: false);
        return StepResult<QuizState>.Wait(state);
    }

    // The hint comes first in the same message, so a re-prompt is still one message with one question.
    private static void Send(TurnContext turn, QuizState state, QuizQuestion question, bool notUnderstood)
    {
        PromptText.Ask(turn, QuizCard.Text(turn, state, question), notUnderstood ? QuizText.NotUnderstood : null, QuizCard.Actions(question));
    }

    private static void SayFeedback(TurnContext turn, QuizQuestion question, bool right)
    {
        var answer = Math.Max(0, question.Options.ToList().FindIndex(option => option.Id == question.Answer));
        turn.Say(
            right ? QuizText.Right : QuizText.Wrong,
            null,
            ("letter", QuizCard.Letter(answer)),
            ("answer", question.Options[answer].Text),
            ("explanation", question.Explanation));
    }

    // Staff removed a question of this round while it was being played: end the round rather than guess.
    private static StepResult<QuizState> Stop(TurnContext turn, QuizState state)
    {
        turn.Say(QuizText.Updated);
        return StepResult<QuizState>.End(state);
    }

    private static Language Other(Language language) =>
        language == Language.Vietnamese ? Language.English : Language.Vietnamese;
}
