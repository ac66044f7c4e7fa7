namespace PledgeBot.Referrals;

/// <summary>One staff change in the audit list: which key (its id), what, to which code, when. No personal data.</summary>
public sealed record StaffAuditEntry(DateTimeOffset At, string KeyId, string Action, string Code);
