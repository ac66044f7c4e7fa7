using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>What the province question shows at each stage: the regions; a page of the region's provinces with
/// "more…"; or the places a short form could mean. Never more actions than Messenger shows.</summary>
internal static class ProvinceOffer
{
    /// <summary>Messenger shows at most 13 quick replies.</summary>
    public const int MaxActions = 13;

    // A page that does not show every province keeps its last action for "more…".
    private const int PageSize = MaxActions - 1;

    /// <summary>The ids behind the actions on show: region choices, province ids and "more…", or candidate place ids.</summary>
    public static IReadOnlyList<string> Ids(ProvinceState state, ProvinceRecognizer places)
    {
        if (state.Candidates.Count > 0)
        {
            return state.Candidates;
        }

        if (state.Region is not { } region)
        {
            return ProvinceText.Regions;
        }

        var units = places.InRegion(region).Select(unit => unit.Id).ToArray();
        return units.Length <= MaxActions
            ? units
            : [.. units.Skip(Page(state.Page, units.Length) * PageSize).Take(PageSize), ProvinceText.More];
    }

    /// <summary>The page after the one on show, back to the first after the last.</summary>
    public static int NextPage(ProvinceState state, ProvinceRecognizer places)
    {
        var count = state.Region is { } region ? places.InRegion(region).Count : 0;
        return (Page(state.Page, count) + 1) % Pages(count);
    }

    /// <summary>The phrases that pick an action: a choice's titles and synonyms, or a place's name.</summary>
    public static IEnumerable<string> Phrases(string id, ContentCatalog content, ProvinceRecognizer places) =>
        ProvinceText.IsChoice(id) ? content.ChoicePhrases(id)
        : places.Place(id) is { } place ? [place.Name]
        : [];

    /// <summary>Asks the stage's question with its actions; after an answer not understood the hint comes first.</summary>
    public static Activity Ask(StepContext<ProvinceState> step, ProvinceRecognizer places, bool notUnderstood)
    {
        var titles = Ids(step.State, places).Select(id => ProvinceText.IsChoice(id)
            ? step.Content.ChoiceTitle(step.Language, id)
            : places.Place(id)?.Name ?? id);
        var actions = new SuggestedActions { Actions = [.. titles.Select(title => CardAction.ImBack(title, title))] };
        return PromptText.Ask(step.Turn, Question(step), notUnderstood ? ProvinceText.Retry : null, actions);
    }

    private static string Question(StepContext<ProvinceState> step) => step.State switch
    {
        { Candidates.Count: > 0 } => step.Content.Get(step.Language, ProvinceText.Confirm),
        { Region: { } region } => step.Content.Get(
            step.Language, ProvinceText.AskProvince, ("region", step.Content.ChoiceTitle(step.Language, ProvinceText.RegionChoice(region)))),
        _ => step.Content.Get(step.Language, ProvinceText.AskRegion),
    };

    private static int Pages(int count) => count <= MaxActions ? 1 : (count + PageSize - 1) / PageSize;

    // A page saved before the content changed may be past the end: it wraps round.
    private static int Page(int page, int count) => Math.Abs(page) % Pages(count);
}
