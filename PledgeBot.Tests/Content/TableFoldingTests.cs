using CsCheck;
using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Safety;
using PledgeBot.Tests.Safety.Lexicon;

namespace PledgeBot.Tests.Content;

/// <summary>Normalising and folding a character at a time with the letter table against the Unicode tables.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TableFoldingTests
{
    [Fact]
    public void Normalises_and_folds_every_known_character_as_the_unicode_tables_do()
    {
        foreach (var c in LetterTable.Known())
        {
            var text = $"A{c}b {c}";

            Assert.Equal(TextFolding.UnicodeNormalize(text), TextFolding.Normalize(text));
            Assert.Equal(TextFolding.UnicodeFold(text), TextFolding.Fold(text));
        }
    }

    [Fact]
    public void Normalises_and_folds_generated_messages_as_the_unicode_tables_do()
    {
        var messages = Gen.Frequency(
            (3, LexiconTexts.Messages(SafetyTestContent.Source.Current)),
            (1, Gen.String[0, 40]),
            (1, Gen.Char.Array[0, 40].Select(chars => new string(chars))));

        messages.Sample(
            text =>
            {
                Assert.Equal(Outcome(() => TextFolding.UnicodeNormalize(text)), Outcome(() => TextFolding.Normalize(text)));
                Assert.Equal(Outcome(() => TextFolding.UnicodeFold(text)), Outcome(() => TextFolding.Fold(text)));
            },
            iter: 3000);
    }

    [Fact]
    public void Keeps_the_lower_case_and_folded_forms_of_known_letters_among_the_known_characters()
    {
        var known = LetterTable.Known().ToHashSet();
        var letters = known.Where(c => LetterTable.Kind(c) == FoldedLetter.Letter).ToArray();

        Assert.All(letters, c => Assert.Contains(LetterTable.Lower(c), known));
        Assert.All(letters, c => Assert.Contains(LetterTable.Folded(LetterTable.Lower(c)), known));
        Assert.Equal('e', LetterTable.Folded(LetterTable.Lower('Ế')));
        Assert.Equal("\u0301\u0302", LetterTable.Marks('ế'));
    }

    /// <summary>The result, or the exception's type when the text is not Unicode (a lone surrogate).</summary>
    private static string Outcome(Func<string> fold)
    {
        try
        {
            return fold();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }
}
