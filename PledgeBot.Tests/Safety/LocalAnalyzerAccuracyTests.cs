using PledgeBot.Dialogs.Ports;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class LocalAnalyzerAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void The_labelled_set_is_large_and_a_third_of_it_high_risk_across_every_category()
    {
        var all = LabelledMessages.All;
        var high = all.Where(m => m.Label == "high").ToArray();

        Assert.True(all.Count >= 150, $"{all.Count} messages");
        Assert.True(high.Length * 3 >= all.Count, $"{high.Length} high of {all.Count}");
        Assert.All(PledgeBot.Dialogs.Content.SafetyCategories.All, category => Assert.Contains(high, m => m.Category == category));
    }

    [Fact]
    public async Task Finds_nine_in_ten_high_risk_messages_and_interrupts_at_most_one_in_twenty_hard_negatives()
    {
        var results = new List<(string Label, string Category, string Text, TextAnalysis Analysis)>();
        foreach (var (label, category, text) in LabelledMessages.All)
        {
            results.Add((label, category, text, await SafetyTestContent.Analyzer.AnalyzeAsync(text, null, CancellationToken.None)));
        }

        var high = results.Where(r => r.Label == "high").ToArray();
        var negatives = results.Where(r => r.Label is "negative" or "none").ToArray();
        var concerns = results.Where(r => r.Label == "concern").ToArray();
        var recall = (double)high.Count(r => r.Analysis.Risk == RiskLevel.High) / high.Length;
        var falseAlarms = (double)negatives.Count(r => r.Analysis.Risk == RiskLevel.High) / negatives.Length;
        var anyFlag = (double)negatives.Count(r => r.Analysis.Risk != RiskLevel.None) / negatives.Length;
        var categoryRight = (double)high.Count(r => r.Analysis.Categories.Contains(r.Category)) / high.Length;
        var concernSeen = (double)concerns.Count(r => r.Analysis.Risk != RiskLevel.None) / concerns.Length;

        output.WriteLine($"high recall {recall:P1} ({high.Length} messages); category named {categoryRight:P1}");
        output.WriteLine($"false alarms (interrupt) {falseAlarms:P1}, any flag {anyFlag:P1} ({negatives.Length} negatives)");
        output.WriteLine($"concern noticed {concernSeen:P1} ({concerns.Length} messages)");
        foreach (var miss in high.Where(r => r.Analysis.Risk != RiskLevel.High))
        {
            output.WriteLine($"missed: {miss.Text}");
        }

        foreach (var alarm in negatives.Where(r => r.Analysis.Risk != RiskLevel.None))
        {
            output.WriteLine($"flagged {alarm.Analysis.Risk}: {alarm.Text}");
        }

        Assert.True(recall >= 0.9, $"recall {recall:P1}");
        Assert.True(falseAlarms <= 0.05, $"false alarms {falseAlarms:P1}");
    }
}
