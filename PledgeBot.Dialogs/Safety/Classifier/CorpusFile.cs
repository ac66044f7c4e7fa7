namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The rows read from corpus files and what was wrong with the lines that could not be read.</summary>
public sealed record CorpusFile(IReadOnlyList<CorpusRow> Rows, IReadOnlyList<string> Problems);
