namespace PledgeBot.Dialogs.Content;

/// <summary>The content shipped inside the assembly (Content/vi/*.json, Content/en/*.json).</summary>
public static class EmbeddedContent
{
    private const string Prefix = "PledgeBot.Content/";

    public static ContentCatalog Load() => ContentLoader.Load(Files());

    /// <summary>The shipped files, with paths like <c>vi/common.json</c>.</summary>
    public static IReadOnlyList<ContentFile> Files()
    {
        var assembly = typeof(EmbeddedContent).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new ContentFile(name[Prefix.Length..], reader.ReadToEnd());
            })
            .ToArray();
    }
}
