using System.Globalization;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Finds which of the offered options a typed answer means: by number or letter ("2", "b", "2. Say no"), by
/// a phrase (title or synonym, either language), then loosely, then by a phrase inside a longer sentence, then by the
/// typed words found in one option only (any position, cut short, one slip in a long word). Several options fitting
/// equally well make an ambiguous match: the prompt then asks which, showing just those.</summary>
public static class ChoiceRecognizer
{
    /// <summary>The content choice (by id) that <paramref name="input"/> picks, if exactly one.</summary>
    public static string? Recognize(string input, IReadOnlyList<string> choiceIds, ContentCatalog content) =>
        Match(input, choiceIds, content).Picked is { } index ? choiceIds[index] : null;

    /// <summary>The index of the option that <paramref name="input"/> picks, if exactly one.</summary>
    public static int? Recognize(string input, IReadOnlyList<IEnumerable<string>> options) => Match(input, options).Picked;

    public static ChoiceMatch Match(string input, IReadOnlyList<string> choiceIds, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(choiceIds);
        ArgumentNullException.ThrowIfNull(content);
        return Match(input, choiceIds.Select(content.ChoicePhrases).ToArray());
    }

    /// <summary>What <paramref name="input"/> picks, each option given by its phrases.</summary>
    public static ChoiceMatch Match(string input, IReadOnlyList<IEnumerable<string>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var match = new PhraseMatch(input);
        if (match.IsEmpty)
        {
            return ChoiceMatch.None;
        }

        if ((ByPosition(match.Folded, options) ?? First(options, match.Is) ?? First(options, match.IsLoosely)) is { } index)
        {
            return ChoiceMatch.One(index);
        }

        var typed = match.Folded.Split(' ');
        foreach (var fits in new Func<string, bool>[]
        {
            match.Contains,
            phrase => WordMatch.Fits(typed, Words(phrase), forgiving: false),
            phrase => WordMatch.Fits(typed, Words(phrase), forgiving: true),
        })
        {
            var found = Enumerable.Range(0, options.Count).Where(i => options[i].Any(fits)).ToArray();
            if (found.Length > 0)
            {
                return ChoiceMatch.Of(found);
            }
        }

        return ChoiceMatch.None;
    }

    /// <summary>"2", "số 2", "b", or a numbered button's own title ("2. Say no and block") sent back.</summary>
    private static int? ByPosition(string folded, IReadOnlyList<IEnumerable<string>> options)
    {
        var token = folded.StartsWith("so ", StringComparison.Ordinal) ? folded[3..] : folded;
        var space = token.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? token : token[..space];
        if (Position(head, options.Count) is not { } index)
        {
            return null;
        }

        if (space < 0)
        {
            return index;
        }

        var rest = token[(space + 1)..];
        return options[index].Any(phrase => string.Equals(PhraseForms.Of(phrase).Folded, rest, StringComparison.Ordinal)) ? index : null;
    }

    private static int? Position(string token, int count)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= count)
        {
            return number - 1;
        }

        // Letters (A/B/C) only where there are three or more options: "b" is not an answer to yes or no.
        return token.Length == 1 && token[0] is >= 'a' and <= 'z' && token[0] - 'a' < count && count > 2 ? token[0] - 'a' : null;
    }

    private static string[] Words(string phrase) => PhraseForms.Of(phrase).Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

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
}
