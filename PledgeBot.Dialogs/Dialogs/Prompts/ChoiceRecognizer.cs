using System.Globalization;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Dialogs.Prompts;

/// <summary>Finds which of the offered options a typed answer means: by number or letter ("2", "b"), by a phrase
/// (title or synonym, either language), then loosely, then by a unique phrase inside a longer sentence.</summary>
public static class ChoiceRecognizer
{
    /// <summary>The content choice (by id) that <paramref name="input"/> picks, if any.</summary>
    public static string? Recognize(string input, IReadOnlyList<string> choiceIds, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(choiceIds);
        ArgumentNullException.ThrowIfNull(content);
        return Recognize(input, choiceIds.Select(content.ChoicePhrases).ToArray()) is { } index ? choiceIds[index] : null;
    }

    /// <summary>The index of the option that <paramref name="input"/> picks, each option given by its phrases.</summary>
    public static int? Recognize(string input, IReadOnlyList<IEnumerable<string>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var match = new PhraseMatch(input);
        if (match.IsEmpty)
        {
            return null;
        }

        return ByPosition(match.Folded, options.Count)
            ?? First(options, match.Is)
            ?? First(options, match.IsLoosely)
            ?? Unique(options, match.Contains);
    }

    private static int? ByPosition(string folded, int count)
    {
        var token = folded.StartsWith("so ", StringComparison.Ordinal) ? folded[3..] : folded;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= count)
        {
            return number - 1;
        }

        // Letters (A/B/C) only where there are three or more options: "b" is not an answer to yes or no.
        if (token.Length == 1 && token[0] is >= 'a' and <= 'z' && token[0] - 'a' < count && count > 2)
        {
            return token[0] - 'a';
        }

        return null;
    }

    private static int? First(IReadOnlyList<IEnumerable<string>> options, Func<string, bool> matches)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Any(matches))
            {
                return i;
            }
        }

        return null;
    }

    private static int? Unique(IReadOnlyList<IEnumerable<string>> options, Func<string, bool> matches)
    {
        var found = Enumerable.Range(0, options.Count).Where(i => options[i].Any(matches)).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
