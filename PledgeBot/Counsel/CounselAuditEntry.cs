namespace PledgeBot.Counsel;

/// <summary>One counsellor action in the audit list: which key (its id), what (claimed, released, ended, sent), which
/// chat (a random id), when. Never the text.</summary>
public sealed record CounselAuditEntry(DateTimeOffset At, string KeyId, string Action, string Chat);
