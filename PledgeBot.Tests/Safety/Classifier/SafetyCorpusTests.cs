using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Tests.Safety.Classifier;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyCorpusTests
{
    private static readonly IReadOnlyList<CorpusRow> s_corpus = SafetyCorpus.Embedded();

    [Fact]
    public void Reads_every_shipped_corpus_file_without_a_problem_or_a_duplicate()
    {
        var files = SafetyCorpus.Load(CorpusDirectory());

        Assert.Empty(files.Problems);
        Assert.Equal(s_corpus.Count, files.Rows.Count);
    }

    [Fact]
    public void Holds_at_least_3000_messages_of_which_at_least_40_percent_are_hard_negatives()
    {
        var hardNegatives = s_corpus.Count(r => r.IsHardNegative);

        Assert.True(s_corpus.Count >= 3000, $"{s_corpus.Count} messages");
        Assert.True(hardNegatives >= 0.4 * s_corpus.Count, $"{hardNegatives} hard negatives of {s_corpus.Count}");
    }

    [Fact]
    public void Covers_every_category_with_high_concern_and_hard_negative_messages_in_both_splits()
    {
        foreach (var category in SafetyCategories.All)
        {
            foreach (var label in CorpusRow.Labels)
            {
                var rows = s_corpus.Where(r => r.Category == category && r.Label == label).ToArray();
                Assert.True(rows.Count(r => r.IsFrozenTest) >= 10, $"{category}/{label}: {rows.Count(r => r.IsFrozenTest)} frozen");
                Assert.True(rows.Count(r => !r.IsFrozenTest) >= 40, $"{category}/{label}: {rows.Count(r => !r.IsFrozenTest)} for training");
            }
        }
    }

    [Fact]
    public void Freezes_about_a_fifth_of_the_messages_by_a_hash_of_their_folded_text()
    {
        var frozen = s_corpus.Count(r => r.IsFrozenTest);

        Assert.InRange((double)frozen / s_corpus.Count, 0.17, 0.23);
        Assert.All(s_corpus.Where(r => RiskText.Folded(r.Text).Length > 0), row => Assert.Equal(row.IsFrozenTest, new CorpusRow("none", "none", "  " + row.Text + " !!", "x").IsFrozenTest));
    }

    [Theory]
    [InlineData("high\tem buồn", "2 fields")]
    [InlineData("maybe\tself_harm\tem buồn", "unknown label 'maybe'")]
    [InlineData("high\tsadness\tem buồn", "unknown category 'sadness'")]
    [InlineData("high\tnone\tem buồn", "needs a category")]
    [InlineData("none\tnone\t   ", "empty text")]
    public void Refuses_a_malformed_line_with_its_place_and_reason(string line, string reason)
    {
        var file = SafetyCorpus.Parse(new StringReader("# a comment\n" + line), "x.tsv");

        var problem = Assert.Single(file.Problems);
        Assert.StartsWith("x.tsv:2: ", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_two_messages_that_fold_to_the_same_text_duplicates()
    {
        var rows = SafetyCorpus.Parse(new StringReader("concern\tself_harm\tem thấy cô đơn lắm\nconcern\tself_harm\te thay co don lam!!\n"), "x.tsv").Rows;

        Assert.Single(SafetyCorpus.Duplicates(rows));
    }

    internal static string CorpusDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "PledgeBot.Dialogs", "Safety", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("PledgeBot.Dialogs/Safety/Corpus was not found above the test's folder.");
    }
}
