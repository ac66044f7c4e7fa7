namespace PledgeBot.Dialogs.Content;

/// <summary>What the flows rely on in the campaign lists: unique ids, a right answer for every question, short
/// button labels, and enough of each to play.</summary>
internal static class CampaignListRules
{
    /// <summary>Messenger cuts quick-reply titles at 20 characters.</summary>
    public const int MaxLabelLength = 20;

    /// <summary>A pledge card has room for ten statements; the flow asks for at least three.</summary>
    public const int MaxPledges = 10;

    private static readonly string[] s_regions = ["north", "centre", "south"];

    public static void Check(string language, ContentDocument document, List<string> problems)
    {
        Duplicates(language, "pledge", document.Pledges.Select(p => p.Id), problems);
        Duplicates(language, "scenario", document.Scenarios.Select(s => s.Id), problems);
        Duplicates(language, "quiz question", document.Quiz.Select(q => q.Id), problems);
        Duplicates(language, "province", document.Provinces.Select(p => p.Id), problems);

        Count(language, "pledge statements", document.Pledges.Count, 3, MaxPledges, problems);
        Count(language, "scenarios", document.Scenarios.Count, 3, int.MaxValue, problems);
        Count(language, "quiz questions", document.Quiz.Count, 5, int.MaxValue, problems);

        foreach (var pledge in document.Pledges)
        {
            Require(language, $"pledge '{pledge.Id}'", pledge.Text, pledge.Label, problems);
        }

        foreach (var scenario in document.Scenarios)
        {
            var where = $"scenario '{scenario.Id}'";
            Duplicates(language, $"{where} option", scenario.Options.Select(o => o.Id), problems);
            RequireSource(language, where, scenario.Source, problems);
            if (scenario.Options.Count < 2 || !scenario.Options.Any(o => o.Safe))
            {
                problems.Add($"{language}: {where} needs two or more options, at least one of them safe");
            }

            foreach (var option in scenario.Options)
            {
                Require(language, $"{where} option '{option.Id}'", option.Feedback, option.Label, problems);
            }
        }

        foreach (var question in document.Quiz)
        {
            var where = $"quiz question '{question.Id}'";
            Duplicates(language, $"{where} option", question.Options.Select(o => o.Id), problems);
            if (question.Options.Count < 2)
            {
                problems.Add($"{language}: {where} needs two or more options");
            }

            RequireSource(language, where, question.Source, problems);
            if (!question.Options.Any(o => o.Id == question.Answer))
            {
                problems.Add($"{language}: {where} has no correct answer among its options");
            }

            if (string.IsNullOrWhiteSpace(question.Question) || string.IsNullOrWhiteSpace(question.Explanation)
                || question.Options.Any(o => string.IsNullOrWhiteSpace(o.Text)))
            {
                problems.Add($"{language}: {where} has an empty question, option or explanation");
            }
        }

        SafetyLexiconRules.Check(language, document, problems);

        foreach (var province in document.Provinces.Where(p => !s_regions.Contains(p.Region)))
        {
            problems.Add($"{language}: province '{province.Id}' has region '{province.Region}', not north, centre or south");
        }
    }

    // Content without a list at all (partial content in tests) is not judged here; a list that is there but too short
    // or too long for its flow is.
    private static void Count(string language, string kind, int count, int minimum, int maximum, List<string> problems)
    {
        if (count > 0 && (count < minimum || count > maximum))
        {
            problems.Add($"{language}: {count} {kind}; the flows need {minimum}" + (maximum == int.MaxValue ? " or more" : $" to {maximum}"));
        }
    }

    private static void Require(string language, string where, string text, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(label))
        {
            problems.Add($"{language}: {where} has an empty text or label");
        }
        else if (label.Length > MaxLabelLength)
        {
            problems.Add($"{language}: {where} has a label over {MaxLabelLength} characters");
        }
    }

    private static void RequireSource(string language, string where, string source, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add($"{language}: {where} has no source for its facts");
        }
    }

    private static void Duplicates(string language, string kind, IEnumerable<string> ids, List<string> problems) =>
        problems.AddRange(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{language}: {kind} id '{g.Key}' appears {g.Count()} times"));
}
