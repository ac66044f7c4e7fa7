using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Engine;

/// <summary>The shipped content plus a survey.json of the survey's own texts and choices in each language.</summary>
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

    public ContentCatalog Current { get; } = ContentLoader.Load(EmbeddedContent.Files().Concat(
    [
        Survey("vi", ("Đỏ", "màu đỏ"), ("Xanh dương", "xanh"), ("Xanh lá", "lá cây")),
        Survey("en", ("Red", "crimson"), ("Blue", "navy"), ("Green", "lime")),
    ]));

    private static ContentFile Survey(string language, params (string Title, string Synonym)[] colors) => new($"{language}/survey.json", $$"""
        {
          "texts": {
            "survey.color": "[{{language}}] Which colour?",
            "survey.sure": "[{{language}}] Sure?",
            "survey.number": "[{{language}}] Pick a number from 1 to 99.",
            "survey.band": "[{{language}}] How old?",
            "survey.bandThanks": "[{{language}}] Thanks.",
            "survey.done": "[{{language}}] Done: {summary}"
          },
          "choices": {
            "survey.red": { "title": "{{colors[0].Title}}", "synonyms": ["{{colors[0].Synonym}}"] },
            "survey.blue": { "title": "{{colors[1].Title}}", "synonyms": ["{{colors[1].Synonym}}"] },
            "survey.green": { "title": "{{colors[2].Title}}", "synonyms": ["{{colors[2].Synonym}}"] },
            "survey.young": { "title": "12–17" },
            "survey.older": { "title": "18–24" }
          }
        }
        """);
}
