using System.Text;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Tests.Content;

public sealed class ContentTests
{
    [Fact]
    public void Ships_content_that_validates_in_both_languages()
    {
        var problems = ContentValidator.Validate(EmbeddedContent.ReadDocument("vi"), EmbeddedContent.ReadDocument("en"));

        Assert.Empty(problems);
    }

    [Fact]
    public void Has_every_typed_text_key_in_both_languages()
    {
        var content = EmbeddedContent.Load();
        var keys = typeof(Text).GetNestedTypes()
            .SelectMany(type => type.GetFields())
            .Select(field => (TextKey)field.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(content.Get(Language.Vietnamese, key)), $"vi: {key}");
            Assert.False(string.IsNullOrWhiteSpace(content.Get(Language.English, key)), $"en: {key}");
        }
    }

    [Fact]
    public void Reports_each_missing_translation_and_empty_text()
    {
        var vi = EmbeddedContent.ReadDocument("vi");
        var en = EmbeddedContent.ReadDocument("en");
        var texts = new Dictionary<string, string>(en.Texts);
        texts.Remove("menu.prompt");
        texts["help.offer"] = " ";

        var problems = ContentValidator.Validate(vi, en with { Texts = texts });

        Assert.Contains("en: text 'menu.prompt' is missing", problems);
        Assert.Contains("en: text 'help.offer' is empty", problems);
        Assert.Throws<ContentException>(() => ContentCatalog.Create(vi, en with { Texts = texts }));
    }

    [Fact]
    public void Rejects_a_content_file_that_is_not_json_with_a_clear_reason()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{ \"texts\": "));

        var exception = Assert.Throws<ContentException>(() => EmbeddedContent.Parse(stream, "vi.json"));

        Assert.Contains("vi.json is not valid JSON", exception.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fills_named_placeholders()
    {
        var vi = EmbeddedContent.ReadDocument("vi");
        var withPlaceholder = vi with { Texts = new Dictionary<string, string>(vi.Texts) { ["menu.prompt"] = "Bạn là người thứ {number}!" } };
        var en = EmbeddedContent.ReadDocument("en");
        var content = ContentCatalog.Create(withPlaceholder, en);

        Assert.Equal("Bạn là người thứ 12.345!", content.Get(Language.Vietnamese, Text.Menu.Prompt, ("number", "12.345")));
    }
}
