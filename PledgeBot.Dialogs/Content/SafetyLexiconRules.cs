namespace PledgeBot.Dialogs.Content;

/// <summary>What the analyzer relies on in safety.json: known categories, risks and cue kinds, and words to match.</summary>
internal static class SafetyLexiconRules
{
    private static readonly string[] s_risks = ["high", "concern"];
    private static readonly string[] s_cueKinds = [SafetyCue.Negation, SafetyCue.Context, SafetyCue.Personal, SafetyCue.Now];

    public static void Check(string language, ContentDocument document, List<string> problems)
    {
        foreach (var term in document.SafetyTerms)
        {
            var where = $"{language}: safety term '{term.Category}/{term.Risk}'";
            if (!SafetyCategories.All.Contains(term.Category))
            {
                problems.Add($"{where} has category '{term.Category}', not one of {string.Join(", ", SafetyCategories.All)}");
            }

            if (!s_risks.Contains(term.Risk))
            {
                problems.Add($"{where} has risk '{term.Risk}', not high or concern");
            }

            if (term.Phrases.Count == 0 || term.Phrases.Concat(term.Except).Any(p => MessageWords.Words(p).Length == 0))
            {
                problems.Add($"{where} has no phrases, or an empty one");
            }
        }

        foreach (var cue in document.SafetyCues)
        {
            if (!s_cueKinds.Contains(cue.Kind))
            {
                problems.Add($"{language}: safety cue kind '{cue.Kind}' is not one of {string.Join(", ", s_cueKinds)}");
            }
            else if (cue.Phrases.Count == 0 || cue.Phrases.Any(p => MessageWords.Words(p).Length == 0))
            {
                problems.Add($"{language}: safety cue '{cue.Kind}' has no phrases, or an empty one");
            }
        }

        problems.AddRange(document.SafetyShorthand
            .Where(pair => MessageWords.Words(pair.Key).Length != 1 || MessageWords.Words(pair.Value).Length == 0)
            .Select(pair => $"{language}: safety shorthand '{pair.Key}' must be one word standing for some words"));
    }
}
