using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>The warm-up game: the drawn situations one by one, each answered by a button and followed by one line
/// of feedback, cheering the safe moves.</summary>
public sealed class ScenarioGameStep : Step<PledgeState>
{
    public override Task<StepResult<PledgeState>> EnterAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        Ask(step.Turn, step.State, hint: null);
        return Task.FromResult(StepResult<PledgeState>.Wait(step.State));
    }

    public override Task<StepResult<PledgeState>> ContinueAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.State;
        if (Current(step.Turn, state, step.Language) is not { } scenario)
        {
            return Task.FromResult(StepResult<PledgeState>.Next(state));
        }

        // Labels of both languages count: the user may have switched language since the question was asked.
        var other = Current(step.Turn, state, step.Language == Language.Vietnamese ? Language.English : Language.Vietnamese);
        var phrases = scenario.Options
            .Select((option, i) => (IEnumerable<string>)[option.Label, .. other?.Options.ElementAtOrDefault(i) is { } o ? [o.Label] : Array.Empty<string>()])
            .ToArray();
        var match = ChoiceRecognizer.Match(step.Text, phrases);
        if (match.IsAmbiguous)
        {
            ChoiceClarify.Ask(step.Turn, Labels(scenario), match);
            return Task.FromResult(StepResult<PledgeState>.Wait(state));
        }

        if (match.Picked is not { } index)
        {
            return Task.FromResult(StepResult<PledgeState>.Retry(state));
        }

        var option = scenario.Options[index];
        var lead = step.Content.Get(step.Language, option.Safe ? PledgeText.SafeLead : PledgeText.UnsafeLead);
        step.Turn.Send($"{lead} {option.Feedback}");

        var next = state with { ScenarioIndex = state.ScenarioIndex + 1, SafeAnswers = state.SafeAnswers + (option.Safe ? 1 : 0) };
        if (next.ScenarioIndex < next.Scenarios.Count)
        {
            Ask(step.Turn, next, hint: null);
            return Task.FromResult(StepResult<PledgeState>.Wait(next));
        }

        // The game is not scored ("không tính điểm"): the end says so rather than counting the safe answers.
        step.Say(PledgeText.ScenarioDone);
        return Task.FromResult(StepResult<PledgeState>.Next(next));
    }

    public override void Reprompt(StepContext<PledgeState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        Ask(step.Turn, step.State, notUnderstood ? Text.Prompts.RetryChoice : null);
    }

    private static void Ask(TurnContext turn, PledgeState state, TextKey? hint)
    {
        if (Current(turn, state, turn.Language) is not { } scenario)
        {
            return;
        }

        var count = turn.Content.Get(turn.Language, PledgeText.ScenarioCount, ("number", (state.ScenarioIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        NumberedChoices.Ask(turn, $"{count}\n{scenario.Text}", hint, Labels(scenario));
    }

    private static string[] Labels(Scenario scenario) => [.. scenario.Options.Select(option => option.Label)];

    private static Scenario? Current(TurnContext turn, PledgeState state, Language language) =>
        state.ScenarioIndex < state.Scenarios.Count
            ? turn.Content.Scenarios(language).FirstOrDefault(s => s.Id == state.Scenarios[state.ScenarioIndex])
            : null;
}
