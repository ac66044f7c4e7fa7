using PledgeBot.Staff.Exports;

namespace PledgeBot.Counsel;

/// <summary>One line of the counsel export: counts only, for one Viet Nam day and channel. Waits are in whole seconds
/// from request to claim, over the chats handled that day (null when none were).</summary>
public sealed record CounselMixRow(
    string Date, string Channel, long Requests, long Handled, long? WaitMedianSeconds, long? WaitP90Seconds,
    long FallbackOutOfHours, long FallbackTimeout) : IExportRow<CounselMixRow>
{
    public static ExportLayout<CounselMixRow> Columns { get; } = new ExportLayout<CounselMixRow>()
        .Text("date", row => row.Date)
        .Text("channel", row => row.Channel)
        .Number("requests", row => row.Requests)
        .Number("handled", row => row.Handled)
        .OptionalNumber("wait_median_seconds", row => row.WaitMedianSeconds)
        .OptionalNumber("wait_p90_seconds", row => row.WaitP90Seconds)
        .Number("fallback_out_of_hours", row => row.FallbackOutOfHours, json: "fallbacks.outOfHours")
        .Number("fallback_timeout", row => row.FallbackTimeout, json: "fallbacks.timeout");
}
