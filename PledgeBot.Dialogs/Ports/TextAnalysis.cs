using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Ports;

/// <summary>What an analyzer found in one message; <see cref="RedactedText"/> is the only form that may be logged.
/// <see cref="Categories"/> use the names in <c>Safety.SafetyCategories</c>; <see cref="DangerNow"/> means the
/// danger is happening now (threats, someone coming, self-harm thoughts, told to go to a hotel): give 113 and 115.</summary>
public sealed record TextAnalysis(string Language, RiskLevel Risk, IReadOnlyList<string> Categories, string RedactedText)
{
    public bool DangerNow { get; init; }

    /// <summary>The trained classifier's probability that the message is high risk (0 when it was not consulted).</summary>
    public double RiskScore { get; init; }

    /// <summary>True when the message is risky or sits in the classifier's low band of worry: text the bot did not
    /// understand then gets the gentle check-in rather than only "I'm a bot".</summary>
    public bool LeansConcern { get; init; }

    /// <summary>High risk read by the classifier alone at a modest probability ("mọi người ghét em", "😭😭😭"): the
    /// general help fits better than one category's specific advice.</summary>
    public bool Tentative { get; init; }

    public static TextAnalysis Nothing(string language) => new(language, RiskLevel.None, [], string.Empty);
}
