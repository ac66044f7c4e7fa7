using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>The rules that decide whether a danger phrase found in a clause counts: look-alikes, negations.</summary>
internal static class MatchRules
{
    /// <summary>How many words before a match a negation still reaches ("không hề", "do not really").</summary>
    private const int NegationReach = 2;

    /// <summary>A look-alike of the same entry over the match's words clears it; but one typed bare over exactly the same
    /// words ("tu tu": "từ từ" or "tự tử"?) leaves it a match.</summary>
    public static bool LookAlikeCovers(LexiconToken[] words, List<LexiconMatch> found, LexiconMatch match)
    {
        var span = match.Span;
        var typedBare = true;
        for (var i = span.Start; i < span.End && typedBare; i++)
        {
            typedBare = words[i].Marks.Length == 0;
        }

        foreach (var other in found)
        {
            if (other.Phrase.Role == PhraseRole.Except && other.Phrase.Entry == match.Phrase.Entry
                && other.Span.Overlaps(span) && !(typedBare && other.Span == span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation cue ending just before the match (within <see cref="NegationReach"/> words) cancels it.</summary>
    public static bool NegatedBefore(List<LexiconMatch> found, PhraseSpan span)
    {
        foreach (var other in found)
        {
            if (other.Phrase.Role == PhraseRole.Negation && !other.Span.Overlaps(span)
                && other.Span.End <= span.Start && span.Start - other.Span.End < NegationReach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"chưa bao giờ nghĩ đến tự tử": the negated longer phrase takes the shorter one inside it along.</summary>
    public static bool NegatedAround(List<(int Entry, PhraseSpan Span, bool Negated)> hits, PhraseSpan span)
    {
        foreach (var other in hits)
        {
            if (other.Negated && other.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TypedWithMarks(LexiconToken[] words, string folded)
    {
        foreach (var word in words)
        {
            if (word.Marks.Length > 0 && string.Equals(word.Folded, folded, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
