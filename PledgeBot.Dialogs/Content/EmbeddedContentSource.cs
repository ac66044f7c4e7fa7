namespace PledgeBot.Dialogs.Content;

/// <summary>The shipped content, loaded once.</summary>
public sealed class EmbeddedContentSource : IContentSource
{
    public ContentCatalog Current { get; } = EmbeddedContent.Load();
}
