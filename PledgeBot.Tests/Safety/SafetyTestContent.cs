using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Safety;

/// <summary>The shipped content and its local analyzer, loaded once for the safety tests.</summary>
public static class SafetyTestContent
{
    public static EmbeddedContentSource Source { get; } = new();

    public static LocalTextAnalyzer Analyzer { get; } = new(Source);
}
