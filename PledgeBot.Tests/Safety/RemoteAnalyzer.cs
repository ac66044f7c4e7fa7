using PledgeBot.Safety;

namespace PledgeBot.Tests.Safety;

/// <summary>An analyzer wired to the fakes, with the breaker of each remote service.</summary>
public sealed record RemoteAnalyzer(AzureTextAnalyzer Analyzer, LanguageServiceBreaker LanguageBreaker, LanguageServiceBreaker ContentSafetyBreaker);
