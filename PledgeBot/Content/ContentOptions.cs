namespace PledgeBot.Content;

/// <summary>Section Content: where staff keep content files that override the shipped ones.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>A folder with <c>vi/*.json</c> and <c>en/*.json</c>; a file named like a shipped one replaces it, any
    /// other file adds to it. Unset: the shipped content only.</summary>
    public string? Directory { get; set; }
}
