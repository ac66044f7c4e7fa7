using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Compares what a user typed with a phrase from the content. Input typed with diacritics is compared with
/// them ("đúng" is not "dừng"); input typed without any is compared without ("dung" finds "dừng").</summary>
public readonly struct PhraseMatch
{
    private readonly string _normalized;
    private readonly string _folded;
    private readonly bool _typedWithoutDiacritics;

    public PhraseMatch(string input)
    {
        _normalized = TextFolding.Normalize(input);
        _folded = TextFolding.Fold(input);
        _typedWithoutDiacritics = string.Equals(_normalized, _folded, StringComparison.Ordinal);
    }

    public string Normalized => _normalized;

    public string Folded => _folded;

    public bool IsEmpty => _normalized.Length == 0;

    /// <summary>Same phrase, diacritics compared only when the user typed them.</summary>
    public bool Is(string phrase) =>
        _typedWithoutDiacritics
            ? string.Equals(_folded, PhraseForms.Of(phrase).Folded, StringComparison.Ordinal)
            : string.Equals(_normalized, PhraseForms.Of(phrase).Normalized, StringComparison.Ordinal);

    /// <summary>Same phrase once diacritics are ignored on both sides: the last chance for a mistyped accent.</summary>
    public bool IsLoosely(string phrase) => string.Equals(_folded, PhraseForms.Of(phrase).Folded, StringComparison.Ordinal);

    /// <summary>A phrase of two or more words appears as whole words inside the input ("mình muốn cam kết" contains
    /// "cam kết"); single words are too easily part of something else ("cứu" in "nghiên cứu").</summary>
    public bool Contains(string phrase)
    {
        var folded = PhraseForms.Of(phrase).Folded;
        return folded.Contains(' ', StringComparison.Ordinal) && $" {_folded} ".Contains($" {folded} ", StringComparison.Ordinal);
    }
}
