using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>Multi-select over the pledge statements: each tap (or typed numbers, "1 3 5") adds to the choice, and a
/// "done" action appears once at least <see cref="Minimum"/> are chosen. The numbered list is shown once at the start
/// and on request ("📋 Xem danh sách"); after each pick a phone gets one line and the buttons left, not the list again.</summary>
public sealed class PledgePickerStep : Step<PledgeState>
{
    public const int Minimum = 3;

    public override Task<StepResult<PledgeState>> EnterAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ShowList(step.Turn, step.State);
        return Task.FromResult(StepResult<PledgeState>.Wait(step.State));
    }

    public override Task<StepResult<PledgeState>> ContinueAsync(StepContext<PledgeState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.State;
        if (Says(step, PledgeText.Done))
        {
            if (state.Picked.Count >= Minimum)
            {
                return Task.FromResult(StepResult<PledgeState>.Next(state));
            }

            ShowStatus(step.Turn, state, step.Content.Plural(step.Language, PledgeText.PickedSoFar, state.Picked.Count));
            return Task.FromResult(StepResult<PledgeState>.Wait(state));
        }

        if (Says(step, PledgeText.List))
        {
            ShowList(step.Turn, state);
            return Task.FromResult(StepResult<PledgeState>.Wait(state));
        }

        var pledges = step.Content.Pledges(step.Language);
        var match = Numbers(step.Text, pledges.Count) is { } numbers ? new ChoiceMatch(null, numbers) : Single(step, pledges);
        if (match.IsAmbiguous && Numbers(step.Text, pledges.Count) is null)
        {
            ChoiceClarify.Ask(step.Turn, [.. pledges.Select(p => p.Label)], match);
            return Task.FromResult(StepResult<PledgeState>.Wait(state));
        }

        if (match.Candidates.Count == 0)
        {
            return Task.FromResult(StepResult<PledgeState>.Retry(state));
        }

        var added = match.Candidates.Select(i => pledges[i]).ToArray();
        var next = state with { Picked = [.. state.Picked.Union(added.Select(p => p.Id))] };
        var labels = string.Join(", ", added.Select(p => p.Label));
        ShowStatus(step.Turn, next, step.Content.Plural(step.Language, PledgeText.Picked, next.Picked.Count, ("labels", labels)));
        return Task.FromResult(StepResult<PledgeState>.Wait(next));
    }

    public override void Reprompt(StepContext<PledgeState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (notUnderstood)
        {
            ShowStatus(step.Turn, step.State, step.Content.Get(step.Language, PledgeText.Retry));
        }
        else if (step.State.Picked.Count == 0)
        {
            ShowList(step.Turn, step.State);
        }
        else
        {
            ShowStatus(step.Turn, step.State, step.Content.Plural(step.Language, PledgeText.PickedSoFar, step.State.Picked.Count));
        }
    }

    private static bool Says(StepContext<PledgeState> step, string choiceId)
    {
        var match = new PhraseMatch(step.Text);
        return step.Content.ChoicePhrases(choiceId).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }

    // The whole numbered list: at the start, and when asked for.
    private static void ShowList(TurnContext turn, PledgeState state)
    {
        var pledges = turn.Content.Pledges(turn.Language);
        var text = new StringBuilder();
        text.Append(turn.Content.Get(turn.Language, state.Picked.Count >= Minimum ? PledgeText.PickMore : PledgeText.PickIntro));
        for (var i = 0; i < pledges.Count; i++)
        {
            var mark = state.Picked.Contains(pledges[i].Id) ? "✅" : $"{i + 1}.";
            text.Append('\n').Append(mark).Append(' ').Append(pledges[i].Text);
        }

        turn.Send(text.ToString(), Buttons(turn, state, withList: false));
    }

    // One line of news, then what to do next, and the buttons still to tap.
    private static void ShowStatus(TurnContext turn, PledgeState state, string news)
    {
        var next = state.Picked.Count >= Minimum
            ? turn.Content.Get(turn.Language, PledgeText.PickMore)
            : turn.Content.Get(turn.Language, PledgeText.NeedMore, ("missing", Missing(state)));
        turn.Send($"{news} {next}", Buttons(turn, state, withList: true));
    }

    private static Activities.SuggestedActions Buttons(TurnContext turn, PledgeState state, bool withList)
    {
        var titles = turn.Content.Pledges(turn.Language).Where(p => !state.Picked.Contains(p.Id)).Select(p => p.Label).ToList();
        if (state.Picked.Count >= Minimum)
        {
            titles.Insert(0, turn.Content.ChoiceTitle(turn.Language, PledgeText.Done));
        }

        if (withList)
        {
            titles.Add(turn.Content.ChoiceTitle(turn.Language, PledgeText.List));
        }

        return NumberedChoices.Buttons(titles);
    }

    private static string Missing(PledgeState state) => Math.Max(0, Minimum - state.Picked.Count).ToString(CultureInfo.InvariantCulture);

    // "1 3 5", "1, 3, 5" or "2": every token a statement number, or this is not a list of numbers.
    private static int[]? Numbers(string text, int count)
    {
        var tokens = text.Split([' ', ',', ';', '.', '+', '&'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = tokens.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        return tokens.Length > 0 && numbers.All(n => n >= 1 && n <= count) ? numbers.Select(n => n - 1).Distinct().ToArray() : null;
    }

    private static ChoiceMatch Single(StepContext<PledgeState> step, IReadOnlyList<PledgeStatement> pledges)
    {
        var other = step.Content.Pledges(step.Language == Language.Vietnamese ? Language.English : Language.Vietnamese);
        var phrases = pledges
            .Select(p => (IEnumerable<string>)[p.Label, p.Text, .. other.Where(o => o.Id == p.Id).SelectMany(o => new[] { o.Label, o.Text })])
            .ToArray();
        return ChoiceRecognizer.Match(step.Text, phrases);
    }
}
