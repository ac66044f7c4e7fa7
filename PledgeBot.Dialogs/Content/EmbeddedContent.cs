using System.Text.Json;
using PledgeBot.Dialogs.Serialization;

namespace PledgeBot.Dialogs.Content;

/// <summary>The content shipped inside the assembly (Content/vi.json, Content/en.json).</summary>
public static class EmbeddedContent
{
    public static ContentCatalog Load() => ContentCatalog.Create(ReadDocument("vi"), ReadDocument("en"));

    public static ContentDocument ReadDocument(string language)
    {
        var name = $"PledgeBot.Content.{language}.json";
        using var stream = typeof(EmbeddedContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The assembly carries no resource {name}.");
        return Parse(stream, name);
    }

    public static ContentDocument Parse(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, DialogsJsonContext.Default.ContentDocument)
                ?? throw new ContentException([$"{source} is empty"]);
        }
        catch (JsonException exception)
        {
            throw new ContentException([$"{source} is not valid JSON: {exception.Message}"]);
        }
    }
}
