namespace PledgeBot.Staff.Exports;

/// <summary>One line of the referrals export. The owner is a staff code's name; a peer code's owner is a user (a hash),
/// so it stays empty: exports hold no personal data (Decree 13).</summary>
public sealed record ReferralExportRow(
    string Code, string Owner, string Kind, bool Active, string CreatedAt, long Reach, long Pledges, long QuizCompletions)
    : IExportRow<ReferralExportRow>
{
    public static ExportLayout<ReferralExportRow> Columns { get; } = new ExportLayout<ReferralExportRow>()
        .Text("code", row => row.Code)
        .Text("owner", row => row.Owner)
        .Text("kind", row => row.Kind)
        .Flag("active", row => row.Active)
        .Text("created_at", row => row.CreatedAt)
        .Number("reach", row => row.Reach)
        .Number("pledges", row => row.Pledges)
        .Number("quiz_completions", row => row.QuizCompletions);
}
