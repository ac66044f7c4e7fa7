using System.Text.RegularExpressions;

namespace PledgeBot.Tests.Architecture;

/// <summary>The repository owns its docs: no code comment, doc or script may send a reader to a note that is not in it.</summary>
[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed partial class RepositoryTextTests
{
    private static readonly HashSet<string> s_skippedFolders =
        new(["bin", "obj", "data", "node_modules", "TestResults", ".git", ".vs"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_binaryExtensions =
        new([".zip", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".ttf", ".woff", ".woff2", ".pdf", ".dll", ".exe", ".pdb", ".nupkg"],
            StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void No_file_cites_a_reference_note_that_is_not_in_the_repository()
    {
        var files = TextFiles(RepositoryRoot()).ToList();

        var citations = files
            .SelectMany(file => File.ReadLines(file.FullName).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => OutsideNote().IsMatch(hit.line))
            .Select(hit => $"{Path.GetRelativePath(RepositoryRoot().FullName, hit.file.FullName)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

        Assert.Contains(files, file => file.Name == "PledgeBot.sln");
        Assert.True(citations.Count == 0, $"{citations.Count} line(s) cite a note outside the repository:\n{string.Join('\n', citations)}");
    }

    [Theory]
    [InlineData("(see DESIGN" + ".md, Store)")]
    [InlineData("PROTOCOL" + ".md §7")]
    [InlineData("CHANNELS" + ".md 1.4 and 4")]
    [InlineData("one row of CONTENT" + ".md 7")]
    [InlineData("STYLE" + ".md")]
    public void A_note_name_is_recognised_wherever_it_stands(string line) =>
        Assert.Matches(OutsideNote(), line);

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/channels/zalo.md")]
    [InlineData("BENCHMARKS.md")]
    [InlineData("the design (docs/architecture.md)")]
    public void The_repository_s_own_docs_are_not_flagged(string line) =>
        Assert.DoesNotMatch(OutsideNote(), line);

    private static IEnumerable<FileInfo> TextFiles(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles())
        {
            if (!s_binaryExtensions.Contains(file.Extension) && file.Name != ".git" && !HasNulByte(file))
            {
                yield return file;
            }
        }

        foreach (var child in directory.EnumerateDirectories().Where(child => !s_skippedFolders.Contains(child.Name)))
        {
            foreach (var file in TextFiles(child))
            {
                yield return file;
            }
        }
    }

    // A file with a NUL byte in its first 8 KB is binary (the check git itself makes).
    private static bool HasNulByte(FileInfo file)
    {
        using var stream = file.OpenRead();
        Span<byte> head = stackalloc byte[8000];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read].Contains((byte)0);
    }

    private static DirectoryInfo RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PledgeBot.sln")))
            {
                return directory;
            }
        }

        throw new DirectoryNotFoundException($"No PledgeBot.sln above {AppContext.BaseDirectory}.");
    }

    // The private notes the code was once written against; the names are split so this file does not cite them itself.
    [GeneratedRegex(@"\b(DESIGN|PROTOCOL|CHANNELS|CONTENT|STYLE)\.md\b")]
    private static partial Regex OutsideNote();
}
