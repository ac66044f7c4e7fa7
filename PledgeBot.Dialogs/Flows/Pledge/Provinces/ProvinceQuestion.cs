using System.Runtime.CompilerServices;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Asks until a unit is chosen. A province, former province or short form is understood at every stage; the
/// actions on show (by title or number), and a region's name to switch region, come after.</summary>
internal sealed class ProvinceQuestion : Step<ProvinceState>
{
    /// <summary>Longer answers are not considered: nobody's province takes a paragraph.</summary>
    public const int MaxLength = 200;

    // Built once per content snapshot, for each language, rather than on every message; a reload brings a new catalog.
    private readonly ConditionalWeakTable<ContentCatalog, ProvinceRecognizer[]> _recognizers = new();

    public override Task<StepResult<ProvinceState>> EnterAsync(StepContext<ProvinceState> step, CancellationToken cancellationToken)
    {
        Reprompt(step, notUnderstood: false);
        return Task.FromResult(StepResult<ProvinceState>.Wait(step.State));
    }

    public override Task<StepResult<ProvinceState>> ContinueAsync(StepContext<ProvinceState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var places = Places(step);
        return Task.FromResult(step.Text.Length is > 0 and <= MaxLength ? Answer(step, places) : StepResult<ProvinceState>.Retry(step.State));
    }

    public override void Reprompt(StepContext<ProvinceState> step, bool notUnderstood)
    {
        ArgumentNullException.ThrowIfNull(step);
        ProvinceOffer.Ask(step, Places(step), notUnderstood);
    }

    private ProvinceRecognizer Places(StepContext<ProvinceState> step) => _recognizers.GetValue(
        step.Content, content => [ProvinceRecognizer.For(content, Language.Vietnamese), ProvinceRecognizer.For(content, Language.English)])[(int)step.Language];

    private static StepResult<ProvinceState> Answer(StepContext<ProvinceState> step, ProvinceRecognizer places)
    {
        var match = places.Recognize(step.Text);
        if (match.Place is { } place)
        {
            return Choose(step, places, place);
        }

        if (match.Kind == ProvinceMatchKind.Ambiguous)
        {
            return AskAgain(step, places, step.State with { Candidates = [.. match.Places.Select(candidate => candidate.Id)] });
        }

        var offered = ProvinceOffer.Ids(step.State, places);
        if (ChoiceRecognizer.Recognize(step.Text, [.. offered.Select(id => ProvinceOffer.Phrases(id, step.Content, places))]) is { } index)
        {
            return Pick(step, places, offered[index]);
        }

        return RegionNamed(step) is { } region
            ? AskAgain(step, places, new ProvinceState { Region = region })
            : StepResult<ProvinceState>.Retry(step.State);
    }

    private static StepResult<ProvinceState> Pick(StepContext<ProvinceState> step, ProvinceRecognizer places, string id)
    {
        if (id == ProvinceText.More)
        {
            return AskAgain(step, places, step.State with { Page = ProvinceOffer.NextPage(step.State, places) });
        }

        if (ProvinceText.RegionOf(id) is { } region)
        {
            return AskAgain(step, places, new ProvinceState { Region = region });
        }

        return places.Place(id) is { } place ? Choose(step, places, place) : StepResult<ProvinceState>.Retry(step.State);
    }

    // A former province is recorded as the unit it is now part of, and the user is told so.
    private static StepResult<ProvinceState> Choose(StepContext<ProvinceState> step, ProvinceRecognizer places, ProvincePlace place)
    {
        if (place.IsFormer)
        {
            var unit = places.Place(place.Province)?.Name ?? place.Province;
            step.Say(ProvinceText.Merged, null, ("former", place.Name), ("name", unit));
        }

        return StepResult<ProvinceState>.Next(new ProvinceState { Region = place.Region, Province = place.Province });
    }

    private static StepResult<ProvinceState> AskAgain(StepContext<ProvinceState> step, ProvinceRecognizer places, ProvinceState next)
    {
        ProvinceOffer.Ask(new StepContext<ProvinceState>(step.Turn, next, 0), places, notUnderstood: false);
        return StepResult<ProvinceState>.Wait(next);
    }

    // Typing a region switches to it, but a bare number or letter belongs to the actions on show.
    private static string? RegionNamed(StepContext<ProvinceState> step)
    {
        var folded = TextFolding.Fold(step.Text);
        if (folded.Length < 2 || char.IsAsciiDigit(folded[^1]))
        {
            return null;
        }

        return ChoiceRecognizer.Recognize(step.Text, ProvinceText.Regions, step.Content) is { } choice ? ProvinceText.RegionOf(choice) : null;
    }
}
