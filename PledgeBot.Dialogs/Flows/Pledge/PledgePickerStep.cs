using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Dialogs;
using PledgeBot.Dialogs.Dialogs.Prompts;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>Multi-select over the pledge statements: each tap (or typed numbers, "1 3 5") adds to the choice, and a
/// "done" action appears once at least <see cref="Minimum"/> are chosen.</summary>
public sealed class PledgePickerStep : Step<PledgeState>
{
    public const int Minimum = 3;

    public override Task<StepResult<PledgeState>> EnterAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        Show(step.Turn, step.State, lead: null);
        return Task.FromResult(StepResult<PledgeState>.Wait(step.State));
    }

    public override Task<StepResult<PledgeState>> ContinueAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.State;
        var match = new PhraseMatch(step.Text);
        if (step.Content.ChoicePhrases(PledgeText.Done).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase)))
        {
            if (state.Picked.Count >= Minimum)
            {
                return Task.FromResult(StepResult<PledgeState>.Next(state));
            }

            var missing = (Minimum - state.Picked.Count).ToString(CultureInfo.InvariantCulture);
            Show(step.Turn, state, step.Content.Get(step.Language, PledgeText.NeedMore, ("missing", missing)));
            return Task.FromResult(StepResult<PledgeState>.Wait(state));
        }

        var pledges = step.Content.Pledges(step.Language);
        var picks = Numbers(step.Text, pledges.Count) ?? Single(step, pledges);
        if (picks is null)
        {
            return Task.FromResult(StepResult<PledgeState>.Retry(state));
        }

        var next = state with { Picked = [.. state.Picked.Union(picks.Select(i => pledges[i].Id))] };
        var labels = string.Join(", ", pledges.Where(p => next.Picked.Contains(p.Id)).Select(p => p.Label));
        var count = next.Picked.Count.ToString(CultureInfo.InvariantCulture);
        Show(step.Turn, next, step.Content.Get(step.Language, PledgeText.Picked, ("count", count), ("labels", labels)));
        return Task.FromResult(StepResult<PledgeState>.Wait(next));
    }

    public override void Reprompt(StepContext<PledgeState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        Show(step.Turn, step.State, notUnderstood ? step.Content.Get(step.Language, Text.Prompts.RetryChoice) : null);
    }

    private static void Show(TurnContext turn, PledgeState state, string? lead)
    {
        var pledges = turn.Content.Pledges(turn.Language);
        var text = new StringBuilder();
        if (lead is not null)
        {
            text.Append(lead).Append("\n\n");
        }

        text.Append(turn.Content.Get(turn.Language, state.Picked.Count >= Minimum ? PledgeText.PickMore : PledgeText.PickIntro));
        for (var i = 0; i < pledges.Count; i++)
        {
            var mark = state.Picked.Contains(pledges[i].Id) ? "✅" : $"{i + 1}.";
            text.Append('\n').Append(mark).Append(' ').Append(pledges[i].Text);
        }

        var actions = pledges.Where(p => !state.Picked.Contains(p.Id)).Select(p => CardAction.ImBack(p.Label, p.Label)).ToList();
        if (state.Picked.Count >= Minimum)
        {
            var done = turn.Content.ChoiceTitle(turn.Language, PledgeText.Done);
            actions.Insert(0, CardAction.ImBack(done, done));
        }

        turn.Send(text.ToString(), new SuggestedActions { Actions = actions });
    }

    // "1 3 5", "1, 3, 5" or "2": every token a statement number, or this is not a list of numbers.
    private static int[]? Numbers(string text, int count)
    {
        var tokens = text.Split([' ', ',', ';', '.', '+', '&'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = tokens.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        return tokens.Length > 0 && numbers.All(n => n >= 1 && n <= count) ? numbers.Select(n => n - 1).Distinct().ToArray() : null;
    }

    private static int[]? Single(StepContext<PledgeState> step, IReadOnlyList<PledgeStatement> pledges)
    {
        var other = step.Content.Pledges(step.Language == Language.Vietnamese ? Language.English : Language.Vietnamese);
        var phrases = pledges
            .Select(p => (IEnumerable<string>)[p.Label, p.Text, .. other.Where(o => o.Id == p.Id).SelectMany(o => new[] { o.Label, o.Text })])
            .ToArray();
        return ChoiceRecognizer.Recognize(step.Text, phrases) is { } index ? [index] : null;
    }
}
