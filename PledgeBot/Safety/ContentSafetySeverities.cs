namespace PledgeBot.Safety;

/// <summary>What Azure AI Content Safety said about one text: a severity of 0, 2, 4 or 6 per harm category
/// (FourSeverityLevels; 0 safe, 2 low, 4 medium, 6 high).</summary>
public sealed record ContentSafetySeverities(int Hate, int SelfHarm, int Sexual, int Violence)
{
    public static ContentSafetySeverities Safe { get; } = new(0, 0, 0, 0);

    /// <summary>The worse of two parts of one long text, category by category.</summary>
    public ContentSafetySeverities Max(ContentSafetySeverities other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Math.Max(Hate, other.Hate), Math.Max(SelfHarm, other.SelfHarm), Math.Max(Sexual, other.Sexual), Math.Max(Violence, other.Violence));
    }

    /// <summary>The four-level scale for any value the service sends (the eight-level scale folds pairwise: 3 → 2,
    /// 5 → 4, 7 → 6, as the service's own documentation folds it).</summary>
    public static int Level(int severity) => Math.Clamp(severity, 0, 7) & ~1;
}
