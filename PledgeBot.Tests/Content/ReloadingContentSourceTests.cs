using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Content;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Content;

[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class ReloadingContentSourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pledgebot-content-").FullName;

    [Fact]
    public void Uses_the_shipped_content_when_no_directory_is_configured()
    {
        using var source = Source(directory: null);

        Assert.Equal(EmbeddedContent.Load().Get(Language.Vietnamese, Text.Menu.Prompt), source.Current.Get(Language.Vietnamese, Text.Menu.Prompt));
    }

    [Fact]
    public void Takes_a_staff_fix_that_replaces_a_shipped_file()
    {
        WriteCommon("vi", "menu.prompt", "Bạn muốn làm gì nào?");
        using var source = Source(_directory);

        Assert.Equal("Bạn muốn làm gì nào?", source.Current.Get(Language.Vietnamese, Text.Menu.Prompt));
        Assert.Equal(EmbeddedContent.Load().Get(Language.English, Text.Menu.Prompt), source.Current.Get(Language.English, Text.Menu.Prompt));
    }

    [Fact]
    public void Keeps_the_last_good_content_when_an_edit_fails_validation()
    {
        WriteCommon("vi", "menu.prompt", "Phiên bản tốt");
        using var source = Source(_directory);
        File.WriteAllText(Path.Combine(_directory, "vi", "common.json"), """{ "texts": { "menu.prompt": "thiếu hết" } }""");

        var problems = source.Reload();

        Assert.Contains(problems, p => p.Contains("is missing", StringComparison.Ordinal));
        Assert.Equal("Phiên bản tốt", source.Current.Get(Language.Vietnamese, Text.Menu.Prompt));
    }

    [Fact]
    public void Rejects_malformed_json_with_the_file_named()
    {
        using var source = Source(_directory);
        Directory.CreateDirectory(Path.Combine(_directory, "en"));
        File.WriteAllText(Path.Combine(_directory, "en", "extra.json"), "{ not json");

        var problems = source.Reload();

        Assert.Contains(problems, p => p.StartsWith("en/extra.json", StringComparison.Ordinal));
        Assert.Equal(EmbeddedContent.Load().Get(Language.English, Text.Menu.Prompt), source.Current.Get(Language.English, Text.Menu.Prompt));
    }

    [Fact]
    public async Task Reloads_by_itself_when_a_file_in_the_directory_changes()
    {
        using var source = Source(_directory);

        WriteCommon("en", "menu.prompt", "What now?");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (source.Current.Get(Language.English, Text.Menu.Prompt) != "What now?" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal("What now?", source.Current.Get(Language.English, Text.Menu.Prompt));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void WriteCommon(string language, string key, string text)
    {
        var shipped = EmbeddedContent.Files().Single(f => f.Path == $"{language}/common.json");
        var json = JsonNode.Parse(shipped.Json)!;
        json["texts"]![key] = text;
        Directory.CreateDirectory(Path.Combine(_directory, language));
        File.WriteAllText(Path.Combine(_directory, language, "common.json"), json.ToJsonString());
    }

    private static ReloadingContentSource Source(string? directory) =>
        new(Options.Create(new ContentOptions { Directory = directory }), NullLogger<ReloadingContentSource>.Instance);
}
