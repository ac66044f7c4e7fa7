using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Dialogs;

/// <summary>The shipped content plus the survey's own texts and choices, in both languages.</summary>
public sealed class SurveyContent : IContentSource
{
    public static readonly TextKey Color = new("survey.color");
    public static readonly TextKey Sure = new("survey.sure");
    public static readonly TextKey Number = new("survey.number");
    public static readonly TextKey Band = new("survey.band");
    public static readonly TextKey BandThanks = new("survey.bandThanks");
    public static readonly TextKey Done = new("survey.done");
    public const string Red = "survey.red";
    public const string Blue = "survey.blue";
    public const string Green = "survey.green";
    public const string Young = "survey.young";
    public const string Older = "survey.older";

    public ContentCatalog Current { get; } = ContentCatalog.Create(
        Extend(EmbeddedContent.ReadDocument("vi"), "vi", ("Đỏ", "màu đỏ"), ("Xanh dương", "xanh"), ("Xanh lá", "lá cây")),
        Extend(EmbeddedContent.ReadDocument("en"), "en", ("Red", "crimson"), ("Blue", "navy"), ("Green", "lime")));

    private static ContentDocument Extend(ContentDocument document, string language, params (string Title, string Synonym)[] colors)
    {
        var texts = new Dictionary<string, string>(document.Texts)
        {
            [Color.Value] = $"[{language}] Which colour?",
            [Sure.Value] = $"[{language}] Sure?",
            [Number.Value] = $"[{language}] Pick a number from 1 to 99.",
            [Band.Value] = $"[{language}] How old?",
            [BandThanks.Value] = $"[{language}] Thanks.",
            [Done.Value] = $"[{language}] Done: {{summary}}",
        };
        var choices = new Dictionary<string, ChoiceText>(document.Choices)
        {
            [Red] = new() { Title = colors[0].Title, Synonyms = [colors[0].Synonym] },
            [Blue] = new() { Title = colors[1].Title, Synonyms = [colors[1].Synonym] },
            [Green] = new() { Title = colors[2].Title, Synonyms = [colors[2].Synonym] },
            [Young] = new() { Title = "12–17" },
            [Older] = new() { Title = "18–24" },
        };
        return document with { Texts = texts, Choices = choices };
    }
}
