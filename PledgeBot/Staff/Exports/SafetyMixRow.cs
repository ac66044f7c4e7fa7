namespace PledgeBot.Staff.Exports;

/// <summary>One line of the safety export: counts only. Talk requests came from the menu or words asking for help;
/// risk interrupts are the safety check's own offers of help, also counted per category of danger in the order of
/// <c>SafetyCategories.All</c>.</summary>
public sealed record SafetyMixRow(string Date, string Channel, long TalkRequests, long RiskInterrupts, IReadOnlyList<long> ByCategory);
