namespace PledgeBot.Staff.Exports;

/// <summary>What an export handler needs, bound per request with <c>[AsParameters]</c>: the registered queries (the
/// dashboard reads the same ones), the audit log, and which staff key asked.</summary>
public sealed record ExportServices(
    HttpContext Context, PledgeExportQuery Pledges, QuizExportQuery Quizzes, SafetyExportQuery Safety,
    ReferralExportQuery Referrals, ExportAudit Audit)
{
    public string KeyId => Context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown";
}
