using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ContentSafetyVerdictTests
{
    private static readonly int[] s_levels = [0, 2, 4, 6];

    public static TheoryData<TextAnalysis> LocalVerdicts => new()
    {
        Local(RiskLevel.None),
        Local(RiskLevel.Concern, SafetyCategories.Grooming),
        Local(RiskLevel.Concern, SafetyCategories.Bullying) with { DangerNow = true },
        Local(RiskLevel.High, SafetyCategories.AbductionScam) with { DangerNow = true },
        Local(RiskLevel.High, SafetyCategories.SelfHarm, SafetyCategories.Violence),
    };

    [Theory]
    [MemberData(nameof(LocalVerdicts))]
    public void Never_lowers_the_local_verdict_drops_a_local_category_or_changes_danger_now(TextAnalysis local)
    {
        foreach (var severities in AllSeverities())
        {
            var merged = ContentSafetyVerdict.Merge(local, severities);

            Assert.True(merged.Risk >= local.Risk, $"{severities} lowered {local.Risk} to {merged.Risk}");
            Assert.Equal(local.Categories, merged.Categories.Take(local.Categories.Count));
            Assert.Equal(local.DangerNow, merged.DangerNow);
            Assert.Equal(local.RedactedText, merged.RedactedText);
            Assert.Equal(merged.Categories.Distinct(), merged.Categories);
        }
    }

    [Fact]
    public void Raises_a_harmless_local_verdict_to_high_only_for_self_harm_at_medium_or_above_or_violence_at_high()
    {
        var raisedToHigh = AllSeverities()
            .Where(severities => ContentSafetyVerdict.Merge(Local(RiskLevel.None), severities).Risk == RiskLevel.High)
            .ToList();

        Assert.Equal(AllSeverities().Count(s => s.SelfHarm >= 4 || s.Violence == 6), raisedToHigh.Count);
        Assert.All(raisedToHigh, severities => Assert.True(severities.SelfHarm >= 4 || severities.Violence == 6, severities.ToString()));
    }

    [Fact]
    public void Leaves_the_local_verdict_as_it_is_when_every_severity_is_low()
    {
        var local = Local(RiskLevel.Concern, SafetyCategories.Grooming);

        var merged = ContentSafetyVerdict.Merge(local, new ContentSafetySeverities(2, 0, 2, 2));

        Assert.Same(local, merged);
    }

    [Theory]
    [InlineData(SafetyCategories.Grooming, 0, 4, 0, RiskLevel.High)]
    [InlineData(SafetyCategories.SexualExploitation, 0, 6, 0, RiskLevel.High)]
    [InlineData(SafetyCategories.Bullying, 0, 4, 0, RiskLevel.Concern)]
    [InlineData(SafetyCategories.Bullying, 0, 0, 4, RiskLevel.High)]
    [InlineData(SafetyCategories.Violence, 0, 0, 4, RiskLevel.High)]
    [InlineData(SafetyCategories.Grooming, 0, 0, 4, RiskLevel.Concern)]
    [InlineData(SafetyCategories.Bullying, 6, 0, 0, RiskLevel.Concern)]
    public void Makes_a_local_concern_high_only_when_the_service_finds_the_same_kind_of_harm_at_medium_or_above(
        string localCategory, int hate, int sexual, int violence, RiskLevel expected)
    {
        var merged = ContentSafetyVerdict.Merge(Local(RiskLevel.Concern, localCategory), new ContentSafetySeverities(hate, 0, sexual, violence));

        Assert.Equal(expected, merged.Risk);
    }

    [Fact]
    public void Lists_the_local_categories_first_then_the_services_strongest_first()
    {
        var merged = ContentSafetyVerdict.Merge(Local(RiskLevel.Concern, SafetyCategories.Grooming), new ContentSafetySeverities(4, 6, 0, 4));

        Assert.Equal(RiskLevel.High, merged.Risk);
        Assert.Equal([SafetyCategories.Grooming, SafetyCategories.SelfHarm, SafetyCategories.Violence, SafetyCategories.Bullying], merged.Categories);
    }

    private static TextAnalysis Local(RiskLevel risk, params string[] categories) => new("vi", risk, categories, "redacted");

    private static IEnumerable<ContentSafetySeverities> AllSeverities() =>
        from hate in s_levels
        from selfHarm in s_levels
        from sexual in s_levels
        from violence in s_levels
        select new ContentSafetySeverities(hate, selfHarm, sexual, violence);
}
