namespace PledgeBot.Dialogs.Content;

/// <summary>The content in force; a turn takes one snapshot at its start so a reload never splits a turn.</summary>
public interface IContentSource
{
    ContentCatalog Current { get; }
}
