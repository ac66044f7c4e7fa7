using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Safety;

/// <summary>Turns Content Safety's severities into our risk levels and merges them with the local verdict
/// (docs/safety-content-safety.md has the table and the reasons). The service was not trained on Vietnamese and knows
/// nothing of grooming scripts or "online kidnapping", so it is a second opinion: the stronger verdict wins, categories
/// are joined, it never lowers the local verdict, never sets "danger now", and on its own it raises a harmless-looking
/// message only to a gentle check-in, except for self-harm at medium or high and violence at high.</summary>
public static class ContentSafetyVerdict
{
    private static readonly string[] s_sexualHarms = [SafetyCategories.Grooming, SafetyCategories.SexualExploitation];
    private static readonly string[] s_physicalHarms = [SafetyCategories.Violence, SafetyCategories.Bullying, SafetyCategories.OtherAbuse];

    public static TextAnalysis Merge(TextAnalysis local, ContentSafetySeverities severities)
    {
        ArgumentNullException.ThrowIfNull(local);
        var signals = Signals(severities, local);
        if (signals.Count == 0)
        {
            return local;
        }

        var risk = signals.Max(signal => signal.Risk);
        return local with
        {
            Risk = risk > local.Risk ? risk : local.Risk,
            Categories = [.. local.Categories.Union(signals.OrderByDescending(signal => signal.Risk).Select(signal => signal.Category))],
        };
    }

    /// <summary>What each severity says, in the light of the local verdict: a medium or high severity that agrees with
    /// a category the local analyzer already found at concern makes it high (two independent readers of one harm).</summary>
    public static IReadOnlyList<(string Category, RiskLevel Risk)> Signals(ContentSafetySeverities severities, TextAnalysis local)
    {
        ArgumentNullException.ThrowIfNull(severities);
        ArgumentNullException.ThrowIfNull(local);
        var signals = new List<(string, RiskLevel)>();
        if (severities.SelfHarm >= 4)
        {
            signals.Add((SafetyCategories.SelfHarm, RiskLevel.High));
        }
        else if (severities.SelfHarm == 2)
        {
            signals.Add((SafetyCategories.SelfHarm, RiskLevel.Concern));
        }

        if (severities.Violence == 6)
        {
            signals.Add((SafetyCategories.Violence, RiskLevel.High));
        }
        else if (severities.Violence == 4)
        {
            signals.Add((SafetyCategories.Violence, Corroborated(local, s_physicalHarms)));
        }

        if (severities.Sexual >= 4)
        {
            signals.Add((SafetyCategories.SexualExploitation, Corroborated(local, s_sexualHarms)));
        }

        if (severities.Hate >= 4)
        {
            signals.Add((SafetyCategories.Bullying, RiskLevel.Concern));
        }

        return signals;
    }

    private static RiskLevel Corroborated(TextAnalysis local, string[] related) =>
        local.Risk >= RiskLevel.Concern && local.Categories.Any(related.Contains) ? RiskLevel.High : RiskLevel.Concern;
}
