namespace PledgeBot.Referrals;

/// <summary>A bulk import's outcome, row by row; the created rows were written in one atomic script.</summary>
public sealed record ReferralImportResult(int Created, int Rejected, IReadOnlyList<ReferralImportRow> Rows);
