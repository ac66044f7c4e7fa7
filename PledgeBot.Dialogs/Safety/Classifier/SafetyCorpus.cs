using System.Security.Cryptography;
using System.Text;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The labelled corpus: <c>label TAB category TAB text</c> files under Safety/Corpus (embedded in this
/// assembly, and read from the source tree by the training command). Lines starting with # are comments.</summary>
public static class SafetyCorpus
{
    private const string ResourcePrefix = "PledgeBot.Safety.Corpus/";

    /// <summary>The corpus compiled into this assembly.</summary>
    public static IReadOnlyList<CorpusRow> Embedded()
    {
        var assembly = typeof(SafetyCorpus).Assembly;
        var rows = new List<CorpusRow>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            rows.AddRange(Parse(reader, name[ResourcePrefix.Length..]).Rows);
        }

        return rows;
    }

    /// <summary>Every *.tsv file of a folder, in name order.</summary>
    public static CorpusFile Load(string directory)
    {
        var rows = new List<CorpusRow>();
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var file = Parse(reader, Path.GetFileName(path));
            rows.AddRange(file.Rows);
            problems.AddRange(file.Problems);
        }

        return new CorpusFile(rows, [.. problems, .. Duplicates(rows)]);
    }

    public static CorpusFile Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<CorpusRow>();
        var problems = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                problems.Add($"{source}:{number}: {fields.Length} fields, expected label, category and text");
                continue;
            }

            var (label, category, text) = (fields[0], fields[1], fields[2].Trim());
            if (!CorpusRow.Labels.Contains(label))
            {
                problems.Add($"{source}:{number}: unknown label '{label}'");
            }
            else if (!CorpusRow.Categories.Contains(category))
            {
                problems.Add($"{source}:{number}: unknown category '{category}'");
            }
            else if (label != CorpusRow.None && category == CorpusRow.None)
            {
                problems.Add($"{source}:{number}: a {label} row needs a category");
            }
            else if (text.Length == 0)
            {
                problems.Add($"{source}:{number}: empty text");
            }
            else
            {
                rows.Add(new CorpusRow(label, category, text, $"{source}:{number}"));
            }
        }

        return new CorpusFile(rows, problems);
    }

    /// <summary>Rows whose folded text another row already has: near-duplicates that would leak across the split.</summary>
    public static IEnumerable<string> Duplicates(IEnumerable<CorpusRow> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"duplicate after folding: {string.Join(", ", g.Select(r => r.Source))}");

    /// <summary>SHA-256 of the training rows in a canonical order and of the word classes the model reads: the shipped
    /// model records it, so an edit of either without retraining is caught.</summary>
    public static string TrainingHash(IEnumerable<CorpusRow> rows)
    {
        var canonical = rows.Where(r => !r.IsFrozenTest)
            .Select(r => $"{r.Label}\t{r.Category}\t{r.Text}")
            .Order(StringComparer.Ordinal)
            .Prepend("concepts " + RiskConcepts.Fingerprint);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', canonical))));
    }
}
