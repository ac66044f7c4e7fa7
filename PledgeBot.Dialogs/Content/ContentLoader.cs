using System.Text.Json;

namespace PledgeBot.Dialogs.Content;

/// <summary>Builds a catalog from content files: parses each, merges each language's files, validates the result.
/// Throws <see cref="ContentException"/> listing every problem, so a bad edit never half-applies.</summary>
public static class ContentLoader
{
    public static readonly IReadOnlyList<string> LanguageFolders = ["vi", "en"];

    public static ContentCatalog Load(IEnumerable<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        var byLanguage = LanguageFolders.ToDictionary(language => language, _ => new List<(string, ContentDocument)>());
        foreach (var file in files.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            if (file.Language is not { } language || !byLanguage.TryGetValue(language, out var documents))
            {
                problems.Add($"{file.Path}: content files live in vi/ or en/");
                continue;
            }

            if (Parse(file, problems) is { } document)
            {
                documents.Add((file.Path, document));
            }
        }

        var vietnamese = Merge(byLanguage["vi"], problems);
        var english = Merge(byLanguage["en"], problems);
        if (problems.Count > 0)
        {
            throw new ContentException(problems);
        }

        return ContentCatalog.Create(vietnamese, english);
    }

    private static ContentDocument? Parse(ContentFile file, List<string> problems)
    {
        try
        {
            var document = JsonSerializer.Deserialize(file.Json, ContentJsonContext.Default.ContentDocument);
            if (document is null)
            {
                problems.Add($"{file.Path}: the file is empty");
            }

            return document;
        }
        catch (JsonException exception)
        {
            problems.Add($"{file.Path}: not valid content JSON ({exception.Message})");
            return null;
        }
    }

    private static ContentDocument Merge(List<(string Path, ContentDocument Document)> documents, List<string> problems) => new()
    {
        Texts = MergeMaps(documents, d => d.Texts, "text", problems),
        Plurals = MergeMaps(documents, d => d.Plurals, "plural", problems),
        Choices = MergeMaps(documents, d => d.Choices, "choice", problems),
        Commands = MergeMaps(documents, d => d.Commands, "command", problems),
        Pledges = documents.SelectMany(d => d.Document.Pledges).ToArray(),
        Scenarios = documents.SelectMany(d => d.Document.Scenarios).ToArray(),
        Quiz = documents.SelectMany(d => d.Document.Quiz).ToArray(),
        Provinces = documents.SelectMany(d => d.Document.Provinces).ToArray(),
        SafetyTerms = documents.SelectMany(d => d.Document.SafetyTerms).ToArray(),
        SafetyCues = documents.SelectMany(d => d.Document.SafetyCues).ToArray(),
        SafetyShorthand = MergeMaps(documents, d => d.SafetyShorthand, "safety shorthand", problems),
    };

    private static Dictionary<string, T> MergeMaps<T>(
        List<(string Path, ContentDocument Document)> documents,
        Func<ContentDocument, IReadOnlyDictionary<string, T>> select,
        string kind,
        List<string> problems)
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, document) in documents)
        {
            foreach (var (key, value) in select(document))
            {
                if (from.TryGetValue(key, out var first))
                {
                    problems.Add($"{path}: {kind} '{key}' is also defined in {first}");
                    continue;
                }

                merged[key] = value;
                from[key] = path;
            }
        }

        return merged;
    }
}
