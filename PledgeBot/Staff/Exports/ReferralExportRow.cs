namespace PledgeBot.Staff.Exports;

/// <summary>One line of the referrals export. The owner is a staff code's name; a peer code's owner is a user (a hash),
/// so it stays empty: exports hold no personal data (Decree 13).</summary>
public sealed record ReferralExportRow(
    string Code, string Owner, string Kind, bool Active, string CreatedAt, long Reach, long Pledges, long QuizCompletions);
