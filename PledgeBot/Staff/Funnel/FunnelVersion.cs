namespace PledgeBot.Staff.Funnel;

/// <summary>A content version seen in the range: its first and last day there, and the conversations that started the flow on it.</summary>
public sealed record FunnelVersion(string Version, string FirstDay, string LastDay, long Started);
