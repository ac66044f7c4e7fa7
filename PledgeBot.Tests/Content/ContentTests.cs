using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Content;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ContentTests
{
    [Fact]
    public void Ships_content_that_validates_in_both_languages()
    {
        var catalog = ContentLoader.Load(EmbeddedContent.Files());

        Assert.NotNull(catalog);
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
        var vi = Document("vi");
        var en = Document("en");
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
        var files = EmbeddedContent.Files().Append(new ContentFile("vi/broken.json", "{ \"texts\": "));

        var exception = Assert.Throws<ContentException>(() => ContentLoader.Load(files));

        Assert.Contains(exception.Problems, p => p.StartsWith("vi/broken.json: not valid content JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_key_defined_in_two_files_of_one_language()
    {
        var files = EmbeddedContent.Files().Append(new ContentFile("en/extra.json", """{"texts":{"menu.prompt":"Again?"}}"""));

        var exception = Assert.Throws<ContentException>(() => ContentLoader.Load(files));

        Assert.Contains("en/extra.json: text 'menu.prompt' is also defined in en/common.json", exception.Problems);
    }

    [Fact]
    public void Fills_named_placeholders()
    {
        var vi = Document("vi");
        var withPlaceholder = vi with { Texts = new Dictionary<string, string>(vi.Texts) { ["menu.prompt"] = "Bạn là người thứ {number}!" } };
        var en = Document("en");
        var content = ContentCatalog.Create(withPlaceholder, en);

        Assert.Equal("Bạn là người thứ 12.345!", content.Get(Language.Vietnamese, Text.Menu.Prompt, ("number", "12.345")));
    }

    private static ContentDocument Document(string language) =>
        System.Text.Json.JsonSerializer.Deserialize(
            EmbeddedContent.Files().Single(f => f.Path == $"{language}/common.json").Json,
            PledgeBot.Dialogs.Content.ContentJsonContext.Default.ContentDocument)!;
}
