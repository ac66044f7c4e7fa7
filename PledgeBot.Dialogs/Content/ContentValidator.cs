namespace PledgeBot.Dialogs.Content;

/// <summary>Checks that both languages say everything, and say something.</summary>
public static class ContentValidator
{
    public static IReadOnlyList<string> Validate(ContentDocument vietnamese, ContentDocument english)
    {
        ArgumentNullException.ThrowIfNull(vietnamese);
        ArgumentNullException.ThrowIfNull(english);
        var problems = new List<string>();
        CompareKeys("text", vietnamese.Texts.Keys, english.Texts.Keys, problems);
        CompareKeys("plural", vietnamese.Plurals.Keys, english.Plurals.Keys, problems);
        CompareKeys("choice", vietnamese.Choices.Keys, english.Choices.Keys, problems);
        CompareKeys("command", vietnamese.Commands.Keys, english.Commands.Keys, problems);

        CompareKeys("pledge", vietnamese.Pledges.Select(p => p.Id), english.Pledges.Select(p => p.Id), problems);
        CompareKeys("scenario", vietnamese.Scenarios.Select(s => s.Id), english.Scenarios.Select(s => s.Id), problems);
        CompareKeys("quiz question", vietnamese.Quiz.Select(q => q.Id), english.Quiz.Select(q => q.Id), problems);
        CompareKeys("province", vietnamese.Provinces.Select(p => p.Id), english.Provinces.Select(p => p.Id), problems);

        foreach (var (language, document) in new[] { ("vi", vietnamese), ("en", english) })
        {
            CampaignListRules.Check(language, document, problems);
            PluralRules.Check(language, document, problems);
            problems.AddRange(document.Texts.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{language}: text '{t.Key}' is empty"));
            problems.AddRange(document.Choices.Where(c => string.IsNullOrWhiteSpace(c.Value.Title)).Select(c => $"{language}: choice '{c.Key}' has no title"));
            problems.AddRange(document.Commands.Where(c => c.Value.Count == 0).Select(c => $"{language}: command '{c.Key}' has no words"));
        }

        return problems;
    }

    private static void CompareKeys(string kind, IEnumerable<string> vietnamese, IEnumerable<string> english, List<string> problems)
    {
        var vi = vietnamese.ToHashSet(StringComparer.Ordinal);
        var en = english.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(vi.Except(en).Order(StringComparer.Ordinal).Select(key => $"en: {kind} '{key}' is missing"));
        problems.AddRange(en.Except(vi).Order(StringComparer.Ordinal).Select(key => $"vi: {kind} '{key}' is missing"));
    }
}
