using System.Text;
using CsCheck;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Safety.Lexicon;

/// <summary>The lexicon's phrase tries and one-pass clause reader against the slow, obvious reading of the same rules.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyLexiconSearchTests
{
    private static readonly ContentCatalog s_content = SafetyTestContent.Source.Current;
    private static readonly SafetyLexicon s_lexicon = new(s_content);
    private static readonly ReferenceLexicon s_reference = new(s_content);

    [Fact]
    public void Gives_the_verdict_of_the_phrase_by_phrase_search_on_generated_messages()
    {
        LexiconTexts.Messages(s_content).Sample(
            text => Assert.Equal(Reference(text), Shipped(text)),
            iter: 2000,
            print: Escaped);
    }

    [Theory]
    [InlineData("mình không muốn chết")]
    [InlineData("k muốn sống nữa, tu tu cho xong")]
    [InlineData("từ từ thôi, mệt muốn chết")]
    [InlineData("đọc báo thấy vụ giả danh công an, mình bị gọi video bắt ra khách sạn một mình")]
    [InlineData("khongmuonsong")]
    [InlineData("m u o n c h e t")]
    [InlineData("em chưa bao giờ nghĩ đến tự tử")]
    [InlineData("e bi doa tung anh nong 😭😭")]
    public void Gives_the_verdict_of_the_phrase_by_phrase_search_on_known_messages(string text)
    {
        var expected = Reference(text);

        Assert.Equal(expected, Shipped(text));
    }

    [Fact]
    public void Cuts_a_message_into_the_clauses_and_words_of_the_unicode_reading()
    {
        var messages = Gen.Frequency((4, LexiconTexts.Messages(s_content)), (1, Gen.String[0, 40]), (1, Gen.Char.Array[0, 40].Select(chars => new string(chars))));
        messages.Sample(
            text =>
            {
                var expected = Clauses(() => MessageWords.Clauses(text));
                var clauses = Clauses(() => MessageClauses.Read(text));

                Assert.Equal(expected, clauses);
            },
            iter: 2000,
            print: Escaped);
    }

    [Fact]
    public void Reads_letters_that_compose_with_none_of_their_neighbours()
    {
        var known = LetterTable.Known().ToArray();
        var emoji = Enumerable.Range(LetterTable.FirstEmoji, LetterTable.LastEmoji - LetterTable.FirstEmoji + 1).Select(char.ConvertFromUtf32).ToArray();

        Assert.All(known, first => Assert.True(string.Concat(known.Select(second => $"{first}{second}")).IsNormalized(NormalizationForm.FormC), $"U+{(int)first:X4}"));
        Assert.All(emoji, first => Assert.True(string.Concat(known.Select(second => $"{first}{second}{first}")).IsNormalized(NormalizationForm.FormC), first));
        Assert.Contains('ế', known);
        Assert.DoesNotContain('\u0301', known);
    }

    private static string Shipped(string text) => Outcome(() =>
    {
        var verdict = s_lexicon.Read(text);
        return Verdict(verdict.Risk, verdict.Categories, verdict.DangerNow, verdict.Cleared);
    });

    private static string Reference(string text) => Outcome(() =>
    {
        var verdict = s_reference.Read(text);
        return Verdict(verdict.Risk, verdict.Categories, verdict.DangerNow, verdict.Cleared);
    });

    private static string Verdict(RiskLevel risk, IEnumerable<string> categories, bool now, IEnumerable<string> cleared) =>
        $"{risk} [{string.Join(',', categories)}] now={now} cleared=[{string.Join(',', cleared)}]";

    /// <summary>The result, or the exception's type when reading throws (a lone surrogate): both readings must agree.</summary>
    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    /// <summary>The clauses as text, or the exception's type when reading throws (a lone surrogate): both readings must agree.</summary>
    private static string Clauses(Func<IReadOnlyList<LexiconToken[]>> read) =>
        Outcome(() => string.Join(" | ", read().Select(words => string.Join(' ', words.Select(word => $"{word.Folded}/{word.Marks}")))));

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
