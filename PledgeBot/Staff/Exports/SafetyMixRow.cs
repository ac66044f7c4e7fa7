using PledgeBot.Dialogs.Content;

namespace PledgeBot.Staff.Exports;

/// <summary>One line of the safety export: counts only. Talk requests came from the menu or words asking for help;
/// risk interrupts are the safety check's own offers of help, also counted per category of danger in the order of
/// <c>SafetyCategories.All</c>.</summary>
public sealed record SafetyMixRow(string Date, string Channel, long TalkRequests, long RiskInterrupts, IReadOnlyList<long> ByCategory)
    : IExportRow<SafetyMixRow>
{
    public static ExportLayout<SafetyMixRow> Columns { get; } = new ExportLayout<SafetyMixRow>()
        .Text("date", row => row.Date)
        .Text("channel", row => row.Channel)
        .Number("talk_requests", row => row.TalkRequests)
        .Number("risk_interrupts", row => row.RiskInterrupts)
        .Numbers(
            SafetyCategories.All.Count,
            i => $"risk_{SafetyCategories.All[i]}",
            i => $"riskByCategory.{SafetyCategories.All[i]}",
            (row, i) => row.ByCategory[i]);
}
